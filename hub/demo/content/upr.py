"""Sample UPR recommendations for the demo site.

The reference material holds no real recommendation text, so every entry here is a
sample: its text says so, and `is_sample` marks it. Sessions are the states' real UPR
Working Group sessions (cycle 1 or 2); the recommending states and responses are samples.
"""

PREFIX = "Sample recommendation (not a real UPR text): "

TORTURE = "Torture and other cruel, inhuman or degrading treatment"
NHRI = "National Human Rights Institutions"
DETENTION = "Conditions of detention"
NORMS = "Acceptance of international norms"
JUSTICE = "Administration of justice & fair trial"
DEPRIVED = "Persons deprived of their liberty"
SDG16 = "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS"

RECOMMENDATIONS = [
    {
        "key": "ar-14-1",
        "country": "AR",
        "session": 14,
        "states": ["FR", "CH"],
        "response": ("supported", "Supported"),
        "themes": [TORTURE, NHRI],
        "text": "give the national committee for the prevention of torture the staff, budget "
        "and independence it needs to visit every place of detention.",
    },
    {
        "key": "ar-1-1",
        "country": "AR",
        "session": 1,
        "states": ["DK"],
        "response": ("supported", "Accepted"),
        "themes": [TORTURE, NORMS],
        "text": "complete the designation of a national preventive mechanism under the "
        "Optional Protocol to the Convention against Torture.",
    },
    {
        "key": "cl-18-1",
        "country": "CL",
        "session": 18,
        "states": ["NZ", "ES"],
        "response": ("supported", "Supported"),
        "themes": [NHRI, TORTURE],
        "text": "designate the national human rights institution as the national preventive "
        "mechanism and give it the means to carry out this role.",
    },
    {
        "key": "mx-17-1",
        "country": "MX",
        "session": 17,
        "states": ["GB"],
        "response": ("supported", "Supported"),
        "themes": [TORTURE, JUSTICE],
        "text": "make sure that statements obtained under torture are never admitted as "
        "evidence, and investigate every complaint of torture promptly.",
    },
    {
        "key": "py-24-1",
        "country": "PY",
        "session": 24,
        "states": ["DE", "UY"],
        "response": ("supported", "Supported"),
        "themes": [DETENTION, TORTURE],
        "text": "reduce overcrowding in prisons and follow up on the visit reports of the "
        "national mechanism for the prevention of torture.",
    },
    {
        "key": "hn-22-1",
        "country": "HN",
        "session": 22,
        "states": ["NO"],
        "response": ("noted", "Noted"),
        "themes": [TORTURE, DETENTION],
        "text": "transfer the management of detention centres from military to civilian "
        "authorities.",
    },
    {
        "key": "br-13-1",
        "country": "BR",
        "session": 13,
        "states": ["IE", "CA"],
        "response": ("supported", "Supported"),
        "themes": [TORTURE, NHRI],
        "text": "set up a national human rights institution in line with the Paris Principles.",
    },
    {
        "key": "gt-14-1",
        "country": "GT",
        "session": 14,
        "states": ["MX"],
        "response": ("supported", "Supported"),
        "themes": [TORTURE, NHRI],
        "text": "appoint the members of the national office for the prevention of torture "
        "and provide it with adequate funding.",
    },
    {
        "key": "uy-18-1",
        "country": "UY",
        "session": 18,
        "states": ["AR", "PT"],
        "response": ("other", "Supported in part"),
        "themes": [DETENTION, NHRI],
        "text": "strengthen the work of the national human rights institution as national "
        "preventive mechanism in places where adolescents are deprived of liberty.",
    },
]
