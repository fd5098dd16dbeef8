using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>The French words CareerBot understands. Accents are optional in what users type: entries are folded.</summary>
public static class FrenchVocabulary
{
    /// <summary>The French vocabulary.</summary>
    public static LanguageVocabulary Instance { get; } = new()
    {
        Language = Language.French,
        SignalWords =
        [
            "je", "j'", "tu", "il", "elle", "nous", "vous", "ils", "le", "la", "les", "des", "du", "de", "d'", "un",
            "une", "est", "et", "avec", "pour", "quel", "quelle", "quels", "quelles", "combien", "ans", "an", "mois",
            "salaire", "bonjour", "merci", "depuis", "suis", "ai", "c'est", "qu'", "que", "quoi", "comment", "au",
            "aux", "dans", "sur", "mon", "ma", "mes", "ton", "ta", "votre", "vos", "ce", "cette", "ces", "pas", "ne",
            "oui", "non", "très", "peux", "peut", "faire", "fait", "être", "avoir", "expérience", "années", "année",
            "salut", "coucou", "aide", "annuler", "qualités", "compétences", "carrière", "devenir", "évoluer",
            "développeur", "développeuse", "métier", "poste", "gagne", "gagner", "rémunération", "paie", "plus",
            "moins", "entre", "ou", "où", "mais", "donc", "alors", "si", "sont", "ont", "aussi", "bien", "bonsoir",
            "en", "s'il", "plaît", "stp", "svp", "tâches", "missions", "quoi", "décennie", "demi", "commencé", "ça",
        ],
        Intents =
        [
            new(Intent.Salary,
                ["gagne", "gagnes", "gagner", "gagnent", "gagnez", "paie", "paye", "payé", "payée", "paies", "payes",
                    "combien", "brut", "thune", "fric", "k€", "euros", "smic"],
                ["salaire", "salaires", "rémunération", "rémunérations", "rémunéré", "salarial", "revenu", "revenus",
                    "rétribution", "gagnerai", "gagnerais"],
                ["fiche de paie", "fiche de paye", "ça paie", "ça paye", "par an", "par mois"]),
            new(Intent.AllSalaries,
                [],
                ["fourchettes"],
                ["toutes les fourchettes", "grille des salaires", "grille salariale", "grille de salaires",
                    "tous les salaires", "toutes les tranches", "tableau des salaires", "barème des salaires",
                    "fourchettes de salaire", "fourchettes de salaires", "toutes les rémunérations",
                    "tous les niveaux", "grille de rémunération", "barème"],
                [@" (tous|toutes|tout|ensemble|l ensemble|chaque|grille|tableau|bareme)( \w+){0,2} (salaires?|fourchettes?|tranches?|grilles?|niveaux|remunerations?)\b"]),
            new(Intent.Missions,
                ["tâches", "tâche", "rôle", "missions", "mission", "boulot", "quotidien"],
                ["responsabilités", "responsabilité", "missions", "mission", "activités", "attributions", "fonctions"],
                ["que fait", "qu est ce que fait", "en quoi consiste", "ça consiste", "c est quoi le métier",
                    "c est quoi un", "fiche de poste", "fiche métier", "au quotidien", "que font", "ce que fait",
                    "le métier", "c est quoi le travail", "quel travail"]),
            new(Intent.Qualities,
                [],
                ["qualités", "qualité", "compétences", "compétence", "aptitudes", "profil", "savoir-être",
                    "prérequis", "atouts"],
                ["savoir être", "savoir faire", "soft skills", "qu est ce qu il faut", "faut il être", "il faut être",
                    "pour être un bon", "pour être une bonne", "il faut savoir"]),
            new(Intent.CareerPaths,
                ["devenir", "deviens", "évoluer", "évolue", "après", "progresser", "débouchés", "perspectives",
                    "passer", "avancer"],
                ["évolution", "évolutions", "carrière", "carrières", "perspectives", "débouchés", "promotion",
                    "progression", "reconversion", "parcours"],
                ["et après", "étape suivante", "prochaine étape", "plus tard", "à long terme", "par la suite",
                    "monter en grade"]),
            new(Intent.Greeting,
                ["bonjour", "salut", "coucou", "bonsoir", "hello", "slt", "bjr", "cc", "wesh", "yo"],
                [],
                ["bonne journée"]),
            new(Intent.Help,
                ["aide", "aidez", "aider", "sos", "menu"],
                [],
                ["que peux tu faire", "que pouvez vous faire", "que sais tu faire", "tu sers à quoi",
                    "tu fais quoi", "comment ça marche", "comment ça fonctionne", "qui es tu", "qu est ce que tu sais faire",
                    "qu est ce que tu peux faire", "à l aide"]),
            new(Intent.Cancel,
                ["annuler", "annule", "annulez", "stop", "arrête", "arrêter", "arrêtez", "oublie", "oubliez",
                    "quitter", "abandonner", "laisse"],
                [],
                ["laisse tomber", "laissez tomber", "on arrête", "oublie ça", "c est bon", "recommencer à zéro"]),
            new(Intent.Thanks,
                ["merci", "mrc", "mci", "thx", "remercie"],
                [],
                ["merci beaucoup", "je vous remercie", "c est gentil"]),
        ],
        FollowUpOpeners =
        [
            "et", "et avec", "et pour", "et si", "et en", "et au", "et aux", "avec", "pour", "et quand",
            "même chose avec", "même chose pour", "et à", "et dans",
        ],
        Fillers = ["ok", "okay", "d'accord", "alors", "bon", "bien", "super", "merci", "hmm", "ah", "donc"],
        YearUnits = ["ans", "an", "années", "année", "annees"],
        MonthUnits = ["mois"],
        DecadeUnits = ["décennies", "décennie", "decenies", "decenie"],
        Halves = ["et demi", "et demie", "et 1/2", "½"],
        OneArticles = [],
        OrMoreBefore =
        [
            "plus de", "plus d'", "au moins", "au minimum", "minimum", "pas moins de", "supérieur à",
            "supérieure à", "+ de", "bien plus de", "largement plus de", "au-delà de", "au delà de",
        ],
        OrMoreAfter = ["+", "ou plus", "et plus", "voire plus", "et quelques", "au moins"],
        LessThanBefore = ["moins de", "moins d'", "pas plus de", "au plus", "jusqu'à", "même pas", "pas encore"],
        RangeOpeners = ["entre"],
        RangeJoiners = ["à", "a", "ou", "jusqu'à"],
        RangeAnd = ["et"],
        AgeBefore = ["âgé de", "âgée de", "à l'âge de", "age de", "j'aurai", "je vais avoir"],
        AgeAfter = ["d'âge", "ans d'âge"],
        AmbiguousAgeBefore = ["j'ai", "jai", "ai"],
        ExperienceWords =
        [
            "d'expérience", "d'expériences", "d'exp", "expérience", "d'ancienneté", "de métier", "dans le métier",
            "de carrière", "de pratique", "de dev", "de développement", "en tant que", "comme", "dans le domaine",
            "dans l'informatique", "dans le développement", "de boulot", "de travail", "dans le backend",
            "pro", "professionnelle",
        ],
        OtherUnits =
        [
            "k", "€", "$", "%", "euros", "euro", "eur", "dollars", "jours", "jour", "semaines", "semaine", "heures",
            "heure", "h", "minutes", "min", "secondes", "enfants", "personnes", "salariés", "employés", "fois",
            "e", "ème", "eme", "er", "ère", "pour cent", "m", "km", "projets", "langages", "entreprises", "postes",
        ],
        StartWords =
        [
            "depuis", "commencé", "débuté", "démarré", "début", "commence", "débute", "à partir de", "diplômé",
            "diplômée", "entré", "entrée", "premier poste", "premier emploi", "lancé", "lancée",
        ],
        MonthNames =
        [
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
        ],
        LastYear = ["l'année dernière", "l'an dernier", "l'an passé", "l'année passée", "l'année précédente"],
        ThisYear = ["cette année", "le début de l'année", "début d'année"],
        RelativeDateWords =
        [
            "dernier", "dernière", "passé", "passée", "précédent", "précédente", "il y a", "l'année", "cette année",
            "hier", "fin", "mi", "été", "hiver", "printemps", "automne", "semaine", "mois",
        ],
        NoExperience =
        [
            "pas d'expérience", "aucune expérience", "sans expérience", "zéro expérience", "pas encore d'expérience",
            "pas du tout d'expérience", "débutant", "débutante", "débutants", "jeune diplômé", "jeune diplômée",
            "juste diplômé", "tout juste diplômé", "sortie d'école", "sorti d'école", "sortie de l'école",
            "sorti de l'école", "premier emploi", "premier poste", "je débute", "0 expérience",
        ],
        Countries = new Dictionary<string, string>
        {
            ["allemagne"] = "Allemagne", ["canada"] = "Canada", ["états-unis"] = "États-Unis",
            ["etats unis"] = "États-Unis", ["états unis"] = "États-Unis", ["amérique"] = "Amérique",
            ["royaume-uni"] = "Royaume-Uni", ["royaume uni"] = "Royaume-Uni", ["angleterre"] = "Angleterre",
            ["grande-bretagne"] = "Grande-Bretagne", ["écosse"] = "Écosse", ["irlande"] = "Irlande",
            ["espagne"] = "Espagne", ["italie"] = "Italie", ["belgique"] = "Belgique", ["suisse"] = "Suisse",
            ["pays-bas"] = "Pays-Bas", ["hollande"] = "Hollande", ["portugal"] = "Portugal",
            ["luxembourg"] = "Luxembourg", ["autriche"] = "Autriche", ["pologne"] = "Pologne", ["suède"] = "Suède",
            ["norvège"] = "Norvège", ["danemark"] = "Danemark", ["finlande"] = "Finlande", ["grèce"] = "Grèce",
            ["roumanie"] = "Roumanie", ["hongrie"] = "Hongrie", ["russie"] = "Russie", ["ukraine"] = "Ukraine",
            ["turquie"] = "Turquie", ["israël"] = "Israël", ["inde"] = "Inde", ["chine"] = "Chine",
            ["japon"] = "Japon", ["corée"] = "Corée", ["corée du sud"] = "Corée du Sud", ["singapour"] = "Singapour",
            ["australie"] = "Australie", ["nouvelle-zélande"] = "Nouvelle-Zélande", ["brésil"] = "Brésil",
            ["mexique"] = "Mexique", ["argentine"] = "Argentine", ["chili"] = "Chili", ["colombie"] = "Colombie",
            ["afrique du sud"] = "Afrique du Sud", ["maroc"] = "Maroc", ["tunisie"] = "Tunisie",
            ["algérie"] = "Algérie", ["sénégal"] = "Sénégal", ["égypte"] = "Égypte", ["côte d'ivoire"] = "Côte d'Ivoire",
            ["émirats arabes unis"] = "Émirats arabes unis", ["dubaï"] = "Dubaï", ["québec"] = "Québec",
            ["arabie saoudite"] = "Arabie saoudite", ["vietnam"] = "Vietnam",
        },
        HomeCountry = ["france", "hexagone"],
        CoveredRole =
        [
            "développeur backend", "développeur back-end", "développeur back end", "développeuse backend",
            "développeuse back-end", "dev backend", "dev back-end", "ingénieur backend", "développeur back",
            "développeurs backend", "développeurs back-end", "développeuses backend", "devs backend",
            "ingénieurs backend", "backend", "back-end", "back end",
        ],
        CareerPathTitles =
        [
            "chef de projet informatique", "chef de projet", "cheffe de projet", "analyste d'application",
            "analyste d'applications", "analyste applicatif", "architecte applicatif", "architecte d'applications",
            "architecte logiciel", "consultant en développement logiciel", "consultant en développement",
            "responsable technique", "lead dev", "lead développeur",
        ],
        OtherJobTitles =
        [
            "infirmière", "infirmier", "médecin", "docteur", "professeur", "professeure", "prof", "enseignant",
            "enseignante", "instituteur", "institutrice", "avocat", "avocate", "comptable", "designer", "graphiste",
            "chef de produit", "cheffe de produit", "product manager", "product owner", "scrum master",
            "data scientist", "data analyst", "analyste de données", "vendeur", "vendeuse", "pharmacien",
            "pharmacienne", "dentiste", "pilote", "électricien", "plombier", "menuisier", "boulanger", "boulangère",
            "cuisinier", "cuisinière", "caissier", "caissière", "chauffeur", "journaliste", "photographe",
            "architecte", "administrateur système", "administrateur systèmes", "administrateur réseau",
            "technicien", "technicienne", "testeur", "testeuse", "recruteur", "recruteuse", "secrétaire",
            "mécanicien", "policier", "pompier", "agriculteur", "aide-soignant", "aide-soignante", "traducteur",
            "traductrice", "consultant", "consultante", "data engineer", "commerciale", "assistante",
        ],
        JobNouns =
        [
            "développeur", "développeuse", "développeurs", "dev", "devs", "ingénieur", "ingénieure", "ingénieurs",
            "programmeur", "programmeuse",
        ],
        QualifierAfterJobNoun = true,
        NeutralQualifiers =
        [
            "backend", "back-end", "back", "end", "serveur", "logiciel", "logiciels", "senior", "junior", "confirmé",
            "confirmée", "expérimenté", "expérimentée", "débutant", "débutante", "lead", "principal", "freelance",
            "indépendant", "java", "python", "c#", "net", ".net", "dotnet", "go", "golang", "node", "nodejs", "php",
            "ruby", "rust", "scala", "kotlin", "c++", "sql", "api", "apis", "web", "informatique", "d'application",
            "d'applications", "applicatif", "depuis", "chez", "dans", "pour", "avec", "et", "ou", "en", "à", "a",
            "de", "d'", "du", "des", "le", "la", "les", "un", "une", "je", "j'", "il", "elle", "est", "suis", "sur",
            "au", "aux", "qui", "que", "qu'", "gagne", "gagnent", "combien", "mais", "donc", "car", "pendant", "ans",
            "an", "études", "d'études", "d'étude", "cdi", "cdd", "salarié", "salariée", "moyen",
            "débutants", "expérimentés", "seniors", "juniors", "s'il", "svp", "stp", "?", "bac", "master",
            "diplômé", "diplômée", "gagner", "peut", "peux", "fait", "font",
        ],
    };
}
