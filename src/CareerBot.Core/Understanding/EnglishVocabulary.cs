using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>The English words CareerBot understands.</summary>
public static class EnglishVocabulary
{
    /// <summary>The English vocabulary.</summary>
    public static LanguageVocabulary Instance { get; } = new()
    {
        Language = Language.English,
        SignalWords =
        [
            "the", "is", "are", "what", "what's", "whats", "how", "much", "with", "year", "years", "and", "i", "i'm",
            "im", "my", "you", "your", "do", "does", "of", "for", "about", "have", "has", "been", "since", "in", "it",
            "this", "that", "can", "could", "would", "should", "will", "please", "which", "who", "why", "where", "when",
            "be", "am", "was", "were", "me", "we", "they", "an", "to", "at", "or", "if", "so", "just", "yes", "no",
            "ok", "okay", "experience", "salary", "pay", "earn", "hello", "hi", "hey", "thanks", "thank", "help",
            "developer", "job", "work", "tell", "show", "give", "months", "month", "old", "over", "between", "get",
            "skills", "qualities", "career", "become", "next", "cancel", "stop", "never", "mind", "forget", "quit",
        ],
        Intents =
        [
            new(Intent.Salary,
                ["pay", "paid", "pays", "earn", "earns", "wage", "wages", "money", "gross", "k€", "euros"],
                ["salary", "salaries", "earning", "earnings", "income", "compensation", "remuneration", "payslip",
                    "paycheck"],
                ["how much", "make per year", "make a year", "make per month", "do they make", "does it pay",
                    "would i make", "will i make", "do i make", "can i make", "could i make"]),
            new(Intent.AllSalaries,
                [],
                [],
                ["all salary ranges", "salary table", "salary grid", "salary scale", "salary bands", "salary ranges",
                    "salary brackets", "pay scale", "pay bands", "pay grid", "every band", "all bands", "all ranges",
                    "all salaries", "full table", "whole table", "every level", "all levels"],
                [@" (all|every|each|whole|entire)( \w+){0,2} (salar\w*|ranges?|bands?|brackets?|tables?|grids?|scales?|levels?)\b"]),
            new(Intent.Missions,
                ["tasks", "task", "duties", "duty", "role", "missions", "mission"],
                ["responsibilities", "responsibility", "missions", "mission", "activities", "assignments"],
                ["what is the job", "what s the job", "job description", "day to day", "daily work", "what they do",
                    "what you do", "what it is", "what is it about", "what is a backend", "what s a backend",
                    "what is backend", "what is a back end", "what does the job involve", "what do they do",
                    "what does one do", "typical day", "consist of"],
                [@" what (does|do|would|will) (an? |the |one )?[\w ]{0,40}\b(do|doing) "]),
            new(Intent.Qualities,
                [],
                ["qualities", "quality", "skills", "skill", "competencies", "competences", "strengths", "abilities",
                    "aptitudes", "personality", "profile", "requirements"],
                ["soft skills", "hard skills", "what does it take", "what it takes", "need to be good",
                    "good at", "what makes a good", "required profile", "should i know", "do i need to know"]),
            new(Intent.CareerPaths,
                ["become", "becoming", "grow", "evolve", "advance", "next", "paths", "path", "promoted"],
                ["career", "careers", "progression", "progress", "evolution", "promotion", "advancement",
                    "opportunities", "prospects"],
                ["what next", "what comes next", "what s next", "next step", "next steps", "move up", "after that",
                    "later on", "long term", "where can i go"]),
            new(Intent.Greeting,
                ["hi", "hello", "hey", "hiya", "howdy", "greetings", "hallo", "helo", "hellow", "heya"],
                [],
                ["good morning", "good afternoon", "good evening", "good day"]),
            new(Intent.Help,
                ["help", "helpp", "halp", "menu", "options", "commands"],
                [],
                ["what can you do", "what do you do", "what do you know", "how does this work", "how does it work",
                    "what are you", "who are you", "how do i use", "what can i ask"]),
            new(Intent.Cancel,
                ["cancel", "stop", "quit", "exit", "abort", "nevermind", "nvm", "enough"],
                [],
                ["never mind", "forget it", "forget about it", "start over", "leave it"]),
            new(Intent.Thanks,
                ["thanks", "thx", "thanx", "cheers", "ty", "tks", "thnx", "tanks", "thank"],
                [],
                ["thank you", "much appreciated"]),
        ],
        FollowUpOpeners =
        [
            "and", "what about", "how about", "and with", "and for", "and if", "what if", "with", "for", "same with",
            "same for", "now with", "now for", "and now", "what with", "but with", "then with", "and in",
        ],
        Fillers = ["ok", "okay", "so", "hmm", "hm", "alright", "right", "well", "great", "thanks", "cool", "nice"],
        YearUnits = ["years", "year", "yrs", "yr", "y", "yo experience", "yoe", "yeras", "yeats", "yeasr", "years'"],
        MonthUnits = ["months", "month", "mos", "mo", "mths", "mth", "monthes"],
        DecadeUnits = ["decades", "decade"],
        Halves = ["and a half", "and half", "½"],
        OneArticles = ["a", "an"],
        OrMoreBefore =
        [
            "over", "more than", "more then", "above", "at least", "atleast", "minimum", "min", "greater than",
            "upwards of", "beyond", "past", "in excess of", "not less than", "no less than", "+",
        ],
        OrMoreAfter = ["+", "or more", "and more", "plus", "or above", "and above", "or over", "and over", "or longer"],
        LessThanBefore =
            ["less than", "under", "fewer than", "below", "at most", "up to", "not even", "not more than", "max"],
        RangeOpeners = ["between", "from", "somewhere between"],
        RangeJoiners = ["to", "or", "till", "until", "through"],
        RangeAnd = ["and", "&"],
        AgeBefore = ["i'm", "im", "i am", "aged", "age", "age of", "at the age of", "i turn", "i'll be", "turning"],
        AgeAfter = ["old", "of age", "yo", "y/o", "y.o", "years of age", "year old", "years old"],
        AmbiguousAgeBefore = [],
        ExperienceWords = ["experience", "exp", "xp", "professional experience", "in the field", "in the job",
            "as a developer", "of work", "working", "in backend", "in it", "in the industry"],
        OtherUnits =
        [
            "k", "€", "$", "%", "euros", "euro", "eur", "dollars", "dollar", "usd", "pounds", "days", "day", "weeks",
            "week", "hours", "hour", "h", "minutes", "min", "mins", "seconds", "kids", "children", "people",
            "employees", "times", "st", "nd", "rd", "th", "pm", "am", "o'clock", "percent", "per cent", "m", "km",
            "lines", "projects", "languages", "apps", "users", "companies", "jobs",
        ],
        StartWords =
        [
            "since", "began", "begun", "begin", "started", "start", "starting", "from", "graduated", "working since",
            "joined", "entered", "first job", "career began",
        ],
        MonthNames =
        [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec",
        ],
        LastYear = ["last year", "the previous year", "the year before", "past year"],
        ThisYear = ["this year", "the beginning of the year", "the start of the year"],
        RelativeDateWords =
        [
            "last", "ago", "previous", "past", "this year", "the year", "yesterday", "beginning", "end of", "early",
            "mid", "late", "summer", "winter", "spring", "autumn", "fall", "week", "month",
        ],
        NoExperience =
        [
            "no experience", "zero experience", "without experience", "without any experience", "no prior experience",
            "not any experience", "don't have any experience", "dont have any experience", "have no experience",
            "no professional experience", "just graduated", "fresh graduate", "recent graduate", "new grad",
            "newly graduated", "graduating", "fresh out of school", "just out of school", "straight out of school",
            "just finished school", "beginner", "entry level", "entry-level", "first job", "no exp", "0 experience",
            "with no experience", "starting out", "just starting",
        ],
        Countries = new Dictionary<string, string>
        {
            ["germany"] = "Germany", ["canada"] = "Canada", ["united states"] = "United States",
            ["united states of america"] = "United States of America", ["usa"] = "USA", ["u.s."] = "US",
            ["us"] = "US", ["the states"] = "the States", ["america"] = "America", ["uk"] = "UK",
            ["u.k."] = "UK", ["united kingdom"] = "United Kingdom", ["england"] = "England",
            ["great britain"] = "Great Britain", ["britain"] = "Britain", ["scotland"] = "Scotland",
            ["wales"] = "Wales", ["ireland"] = "Ireland", ["spain"] = "Spain", ["italy"] = "Italy",
            ["belgium"] = "Belgium", ["switzerland"] = "Switzerland", ["netherlands"] = "Netherlands",
            ["the netherlands"] = "the Netherlands", ["holland"] = "Holland", ["portugal"] = "Portugal",
            ["luxembourg"] = "Luxembourg", ["austria"] = "Austria", ["poland"] = "Poland", ["sweden"] = "Sweden",
            ["norway"] = "Norway", ["denmark"] = "Denmark", ["finland"] = "Finland", ["greece"] = "Greece",
            ["romania"] = "Romania", ["czech republic"] = "Czech Republic", ["hungary"] = "Hungary",
            ["russia"] = "Russia", ["ukraine"] = "Ukraine", ["turkey"] = "Turkey", ["israel"] = "Israel",
            ["india"] = "India", ["china"] = "China", ["japan"] = "Japan", ["south korea"] = "South Korea",
            ["korea"] = "Korea", ["singapore"] = "Singapore", ["australia"] = "Australia",
            ["new zealand"] = "New Zealand", ["brazil"] = "Brazil", ["mexico"] = "Mexico",
            ["argentina"] = "Argentina", ["chile"] = "Chile", ["colombia"] = "Colombia",
            ["south africa"] = "South Africa", ["morocco"] = "Morocco", ["tunisia"] = "Tunisia",
            ["algeria"] = "Algeria", ["senegal"] = "Senegal", ["egypt"] = "Egypt", ["nigeria"] = "Nigeria",
            ["uae"] = "UAE", ["united arab emirates"] = "United Arab Emirates", ["dubai"] = "Dubai",
            ["saudi arabia"] = "Saudi Arabia", ["quebec"] = "Quebec", ["vietnam"] = "Vietnam",
        },
        HomeCountry = ["france", "french"],
        CoveredRole =
        [
            "backend developer", "back-end developer", "back end developer", "backend dev", "back-end dev",
            "backend engineer", "back-end engineer", "back end engineer", "backend", "back-end", "back end",
            "backend programmer", "server-side developer", "server side developer", "api developer",
            "backend developers", "back-end developers", "back end developers", "backend devs", "back-end devs",
            "back end devs", "backend engineers", "back-end engineers", "backend programmers",
        ],
        CareerPathTitles =
        [
            "IT project manager", "project manager", "application analyst", "applications analyst",
            "applications architect", "application architect", "software architect",
            "software development consultant", "development consultant", "technical manager", "tech manager",
            "technical lead", "tech lead", "lead developer",
        ],
        OtherJobTitles =
        [
            "data scientist", "data analyst", "business analyst", "nurse", "doctor", "physician", "teacher",
            "lawyer", "accountant", "product manager", "product owner", "scrum master", "designer", "ux designer",
            "ui designer", "graphic designer", "web designer", "marketing manager", "sales manager", "salesperson",
            "sales rep", "pharmacist", "dentist", "pilot", "electrician", "plumber", "carpenter", "chef", "cook",
            "waiter", "waitress", "cashier", "driver", "truck driver", "journalist", "photographer", "architect",
            "system administrator", "sysadmin", "database administrator", "dba", "tester", "qa tester",
            "hr manager", "recruiter", "consultant", "secretary", "receptionist", "mechanic", "police officer",
            "firefighter", "farmer", "baker", "cto", "ceo", "cfo", "data engineer", "security analyst",
            "pentester", "support technician", "technician", "project coordinator", "office manager", "translator",
        ],
        JobNouns =
        [
            "developer", "developers", "dev", "devs", "engineer", "engineers", "programmer", "programmers", "coder",
            "coders", "development",
        ],
        QualifierAfterJobNoun = false,
        NeutralQualifiers =
        [
            "backend", "back-end", "back", "end", "server-side", "server", "side", "software", "senior", "junior",
            "lead", "principal", "staff", "experienced", "professional", "freelance", "freelancer", "certified",
            "good", "great", "new", "young", "a", "an", "the", "as", "my", "am", "be", "been", "being", "become",
            "is", "was", "other", "another", "any", "which", "what", "of", "for", "with", "api", "apis", "java",
            "python", "c#", "net", ".net", "dotnet", "go", "golang", "node", "nodejs", "php", "ruby", "rust", "scala",
            "kotlin", "c++", "cpp", "c", "sql", "i", "m", "im", "i'm", "you", "we", "they", "and", "or", "s", "mid",
            "level", "mid-level", "intermediate", "expert", "confirmed", "beginner", "entry", "graduate", "it",
            "your", "our", "their", "his", "her", "this", "that", "web", "application", "applications", "app", "in",
            "at", "to", "years", "year", "yrs", "how", "does", "do", "an", "remote", "contract",
            "permanent", "average", "typical", "regular", "normal", "decent", "qualified", "skilled",
        ],
    };
}
