// Renders /api/v1/openapi.json with the vendored Redoc; the page's CSP keeps every asset local.
Redoc.init(document.body.dataset.schema, { hideDownloadButton: false, disableSearch: true }, document.getElementById("redoc"));
