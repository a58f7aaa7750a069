"""Places and the adjectives made from them, for telling a speaker from where it is.

'Scottish Water' and 'Indian Ocean' are two capitalised words but no person: a name that
opens with a nationality's adjective is a body or a place. 'the state' in 'the 2000 election
in Florida, when the state …' is Florida: a country or US state named just before.
"""

from __future__ import annotations

# Adjectives of nations and regions (lower case), as they open bodies' and places' names.
DEMONYMS = frozenset(
    """afghan african albanian algerian american arab argentine argentinian armenian asian
    australian austrian bangladeshi belgian bolivian bosnian brazilian british bulgarian
    burmese cambodian canadian caribbean catalan chilean chinese colombian congolese
    croatian cuban cypriot czech danish dutch egyptian english estonian ethiopian european
    filipino finnish flemish french georgian german ghanaian greek haitian hungarian
    icelandic indian indonesian iranian iraqi irish israeli italian jamaican japanese
    jordanian kenyan korean kurdish kuwaiti latvian lebanese libyan lithuanian malaysian
    maltese mexican moroccan nepalese nigerian nordic norwegian pakistani palestinian
    peruvian polish portuguese romanian russian rwandan saudi scandinavian scottish serbian
    singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese
    thai tibetan tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese
    welsh yemeni zambian zimbabwean""".split()
)

# What a person of a nation is called, where it differs from the adjective ('the Briton').
NATIONALS = DEMONYMS | frozenset(
    """briton spaniard swede dane scot finn pole turk frenchman frenchwoman englishman
    englishwoman irishman irishwoman welshman welshwoman scotsman scotswoman dutchman
    kiwi aussie serb croat slovene slovakian bosniak montenegrin macedonian kosovan kosovar
    moldovan belarusian kazakh paraguayan ecuadorian senegalese ivorian cameroonian
    tanzanian emirati qatari omani mongolian luxembourger icelander monegasque""".split()
)

# Countries and US states as written in news text (lower case, spaces kept).
COUNTRIES = frozenset(
    """afghanistan albania algeria angola argentina armenia australia austria
    azerbaijan bahrain bangladesh belarus belgium bolivia bosnia botswana brazil britain
    bulgaria burma cambodia cameroon canada chile china colombia congo croatia cuba cyprus
    denmark ecuador egypt england estonia ethiopia finland france georgia germany ghana
    greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland
    israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait laos latvia lebanon
    liberia libya lithuania luxembourg malaysia mali malta mexico moldova mongolia
    montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria
    norway oman pakistan panama paraguay peru philippines poland portugal qatar romania
    russia rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan
    sweden switzerland syria taiwan tanzania thailand tunisia turkey uganda ukraine
    uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe""".split()
) | frozenset(
    [
        "south korea",
        "north korea",
        "south africa",
        "new zealand",
        "saudi arabia",
        "sri lanka",
        "united states",
        "united kingdom",
        "united arab emirates",
        "czech republic",
        "ivory coast",
        "hong kong",
    ]
)
US_STATES = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
    oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming""".split()
) | frozenset(
    [
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "rhode island",
        "south carolina",
        "south dakota",
        "west virginia",
    ]
)
# The largest US cities and places that stand for the country's business, as a story names
# them ('who lives in Las Vegas', 'a Silicon Valley firm'): with the states, a sign of the US
# (not Austin nor Phoenix, as often a person's or a firm's name).
US_CITIES = frozenset(
    """New York City, Los Angeles, Chicago, Houston, Philadelphia, San Antonio, San
    Diego, Dallas, San Jose, Jacksonville, San Francisco, Seattle, Denver, Boston,
    Nashville, Detroit, Portland, Las Vegas, Memphis, Louisville, Baltimore, Milwaukee,
    Albuquerque, Atlanta, Miami, Minneapolis, New Orleans, Cleveland, Pittsburgh, Cincinnati,
    St Louis, St. Louis, Orlando, Honolulu, Salt Lake City, Hollywood, Silicon Valley,
    Manhattan, Brooklyn""".replace("\n    ", " ").split(", ")
)

# Places that set a story in a dollar country other than the US: the country, its people,
# its capital, its provinces or states and its largest cities (a bare '$' in a story from
# Regina is the Canadian dollar, as the Canadian Press writes it).
DOLLAR_HOMES: dict[str, tuple[str, ...]] = {
    "CAD": (
        "Canada", "Canadian", "Canadians", "Ottawa", "Ontario", "Quebec", "Alberta",
        "Saskatchewan", "Manitoba", "British Columbia", "Nova Scotia", "New Brunswick",
        "Newfoundland", "Toronto", "Montreal", "Vancouver", "Calgary", "Edmonton",
        "Winnipeg", "Regina",
    ),
    "AUD": (
        "Australia", "Australian", "Australians", "Canberra", "New South Wales",
        "Queensland", "Tasmania", "Sydney", "Melbourne", "Brisbane",
    ),
    "NZD": ("New Zealand", "Auckland"),
    "SGD": ("Singapore", "Singaporean"),
    "HKD": ("Hong Kong",),
}  # fmt: skip
