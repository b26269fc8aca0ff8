namespace Knowledge.Cms.Data.Demo;

/// <summary>Word lists the demo draws names from; all invented.</summary>
internal static class DemoNames
{
    public static readonly IReadOnlyDictionary<string, string[]> FirstNames = new Dictionary<string, string[]>
    {
        ["en"] = ["Emma", "Liam", "Olivia", "Noah", "Ava", "James", "Sophia", "Lucas", "Mia", "Ethan", "Grace", "Daniel", "Chloe", "Ryan", "Hannah"],
        ["de"] = ["Lukas", "Anna", "Jonas", "Lea", "Felix", "Marie", "Paul", "Laura", "Tobias", "Katrin", "Stefan", "Julia", "Matthias", "Sabine"],
        ["fr"] = ["Camille", "Louis", "Chloé", "Hugo", "Léa", "Gabriel", "Manon", "Arthur", "Inès", "Julien", "Élodie", "Thomas", "Claire"],
        ["es"] = ["Lucía", "Mateo", "Sofía", "Diego", "Valeria", "Javier", "Carmen", "Pablo", "Elena", "Alejandro", "Marta", "Sergio", "Isabel"],
        ["ja"] = ["健太", "美咲", "翔太", "さくら", "大輔", "愛", "拓也", "由美", "直樹", "陽子", "浩二", "恵"],
        ["zh"] = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "杰", "娟", "涛"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> LastNames = new Dictionary<string, string[]>
    {
        ["en"] = ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Hughes", "Reed", "Murphy", "Carter", "Bennett"],
        ["de"] = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Wagner", "Koch", "Richter"],
        ["fr"] = ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier"],
        ["es"] = ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz", "Moreno"],
        ["ja"] = ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "小林", "加藤"],
        ["zh"] = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴"],
    };

    /// <summary>Latin transliterations for e-mail addresses of ja/zh contacts.</summary>
    public static readonly string[] RomanizedNames = ["sato", "suzuki", "takahashi", "tanaka", "wang", "li", "zhang", "liu", "chen", "yang", "nakamura", "kobayashi"];

    public static readonly string[] CompanyStems =
    [
        "Acme", "Bluefin", "Cobalt", "Driftwood", "Evergreen", "Falcon", "Granite", "Harbor", "Ironclad", "Juniper", "Keystone",
        "Lighthouse", "Meridian", "Nimbus", "Oakridge", "Pinnacle", "Quartz", "Redwood", "Summit", "Tidewater", "Umbra", "Vertex",
        "Willow", "Xenon", "Yellowstone", "Zephyr", "Alpine", "Beacon", "Cascade", "Delta", "Ember", "Fjord",
    ];

    public static readonly string[] CompanySuffixes = ["Logistics", "Analytics", "Retail", "Labs", "Systems", "Foods", "Media", "Energy", "Insurance", "Travel", "Bank", "Manufacturing"];

    /// <summary>Regions with the language their contacts prefer and a time zone.</summary>
    public static readonly (string Region, string Locale, string TimeZone, string Suffix)[] Regions =
    [
        ("North America", "en", "America/New_York", "Inc."),
        ("United Kingdom", "en", "Europe/London", "Ltd"),
        ("DACH", "de", "Europe/Berlin", "GmbH"),
        ("France", "fr", "Europe/Paris", "SAS"),
        ("Spain & LATAM", "es", "Europe/Madrid", "S.L."),
        ("Japan", "ja", "Asia/Tokyo", "株式会社"),
        ("China", "zh", "Asia/Shanghai", "有限公司"),
    ];

    public static readonly string[] Csms = ["Priya Raman", "Marcus Hale", "Ines Vogel", "Tomás Ortega", "Aiko Mori"];

    public static readonly string[] Products = ["workspace", "reports", "automations", "api", "mobile", "sso", "integrations"];
}
