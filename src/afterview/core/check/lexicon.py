"""Word lists the checker adds to Harper's dictionary and to its own rules.

Harper's curated dictionary is general English; notes after a law, consulting or
engineering interview are full of the trade's words. Lower-case entries only: a
capitalised word is judged by the name rules, not by a dictionary.
"""

from __future__ import annotations

#: Words of the trades our candidates interview in, taught to Harper once per linter.
JARGON = tuple(
    """
    bono pro-bono amicus certiorari voir dire habeas corpus de novo mens rea res judicata
    litigator litigators clerkship clerkships externship externships
    diligence antitrust arbitral arbitrations restructurings securitization securitizations
    capital-markets transactional associateship associateships summer-associate
    counterparty counterparties indemnification indemnities covenant covenants
    leveraged recapitalization recapitalizations carve-out carve-outs spinoff spin-off
    fintech insurtech proptech healthtech regtech edtech
    onboarding offboarding upskilling reskilling workstream workstreams
    deliverable deliverables stakeholder stakeholders roadmap roadmaps
    go-to-market benchmarking synergies scalable scalability
    microservice microservices kubernetes devops mlops observability
    backend frontend fullstack full-stack codebase codebases refactor refactoring refactored
    monorepo monorepos postgres postgresql mypy pytest typescript javascript
    api apis sdk sdks sql nosql latency throughput idempotent idempotency
    dataset datasets pipeline pipelines ux ui a/b
    on-call oncall postmortem postmortems runbook runbooks
    xdist kserve mlflow kubeflow bentoml onnx argocd istio pydantic dask langchain wandb optuna xgboost pyarrow circleci
    ebitda capex opex bursty
    casework caseload
    """.split()
)

#: Lower-case name particles: "van der Berg", "bin Laden", "de la Cruz", "Souza e Silva".
#: The one list: names.py reads them through text.is_particle, the engine teaches them.
PARTICLES = tuple("de del della der den di da das do dos du la le van von ter ten zu bin binti ibn al el y e".split())

#: Slips common enough to catch even in a capitalised word Harper is not shown.
KNOWN_MISSPELLINGS = {
    "thankyou": "thank you",
    "sincerly": "sincerely",
    "sincerley": "sincerely",
    "sinserely": "sincerely",
    "regrads": "regards",
    "reguards": "regards",
    "best regads": "best regards",
    "tuseday": "Tuesday",
    "tuesdy": "Tuesday",
    "teusday": "Tuesday",
    "wenesday": "Wednesday",
    "wendsday": "Wednesday",
    "wednsday": "Wednesday",
    "wensday": "Wednesday",
    "thurday": "Thursday",
    "thrusday": "Thursday",
    "thursady": "Thursday",
    "firday": "Friday",
    "fridy": "Friday",
    "mondy": "Monday",
    "saturady": "Saturday",
    "febuary": "February",
    "feburary": "February",
    "januray": "January",
    "agust": "August",
    "septmber": "September",
    "octobor": "October",
    "novmber": "November",
    "decmber": "December",
    "innocense": "Innocence",
    "goverment": "Government",
    "enviroment": "Environment",
    "enviromental": "Environmental",
    "universty": "University",
    "univeristy": "University",
    "comittee": "Committee",
    "commitee": "Committee",
    "comission": "Commission",
    "buisness": "Business",
    "assocation": "Association",
    "intelectual": "Intellectual",
    "manger": "Manager",
    "managment": "Management",
    "departmant": "Department",
    "interveiw": "Interview",
    "recieve": "receive",
    "summmer": "Summer",
    "asociate": "Associate",
    "assocate": "Associate",
    "oppurtunity": "Opportunity",
    "oportunity": "Opportunity",
}

#: Capitalised words that open sentences and sign-offs in notes; never taken for a
#: misspelled name, and a slip for one of them is a spelling error.
COMMON_CAPITALISED = frozenset(
    """
    Dear Hi Hello Greetings Good Morning Afternoon Evening Thank Thanks Best Kind Warm Warmest
    Regards Sincerely Respectfully Cheers Yours Cordially All With Many Again Also Additionally
    I I'm I’m I've I’ve I'd I’d I'll I’ll It Its We Our Your You My The This That These Those There Their They He She His Her
    Please If As After Before During Since When While Having Given Following Learning Hearing
    Speaking Meeting Talking Discussing In On At For From Of To Since Until Once Moreover
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Summer Fall Winter Spring Associate
    Partner Counsel Senior Junior Manager Director Engineer Program Programme Team Group Office
    Firm Company University School Law Center Centre Project Practice Department Committee
    """.split()
)

#: Words a candidate might shout in capitals; a run of them reads as pleading.
SHOUTED = frozenset(
    """
    REALLY VERY SO LOVE NEED PLEASE THANK THANKS EXCITED AMAZING HUGE DEFINITELY ABSOLUTELY
    TRULY ANY ALL MUST BEST DREAM JOB HIRE ME YOU GREAT WOW INCREDIBLE PERFECT DESPERATE
    """.split()
)
