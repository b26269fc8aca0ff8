using System.Text.RegularExpressions;

namespace Knowledge.Cms.Languages;

/// <summary>
/// The register markers per language. Capitalised pronouns (German Sie, Italian Lei) count only inside a sentence,
/// where capitalisation means address; at a sentence start "Sie" could be "they". Japanese and Korean are judged by
/// sentence endings in <see cref="RegisterDetector"/> instead.
/// </summary>
internal static class RegisterRules
{
    // Not after a sentence start (text start, . ! ? : ; or a line break, then spaces or opening quotes).
    private const string NotSentenceStart = @"(?<!(?:^|[.!?:;…\n])[\s""'„“»«(]*)";

    public static IReadOnlyDictionary<string, RegisterRule> ByLanguage { get; } = new[]
    {
        new RegisterRule("de",
            "Sie", Rx(NotSentenceStart + @"\b(?:Sie|Ihnen|Ihre?[mnrs]?)\b|\b(?:Sehr geehrte[rn]?|[Mm]it freundlichen Grüßen)\b", ignoreCase: false),
            "du", Rx(@"\b(?:du|dich|dir|dein(?:e[mnrs]?)?|euch|euer|eure[mnrs]?)\b"),
            "German 'Sie' at the start of a sentence is not counted (it may mean 'they')."),
        new RegisterRule("fr",
            "vous", Rx(@"\b(?:vous|votre|vos|Madame|Monsieur|[Cc]ordialement|je vous prie)\b"),
            "tu", Rx(@"\b(?:tu|toi|ton|ta|tes|te|salut)\b|\bt['’](?=\p{L})"),
            "French 'vous' is also the plural 'you': a customer writing for a team may use it informally."),
        new RegisterRule("es",
            "usted", Rx(@"\b(?:usted(?:es)?|Uds?\.|Vds?\.|[Ee]stimad[oa]s?|[Aa]tentamente|le agradecer[íi]a)"),
            "tú", Rx(@"\b(?:tú|ti|contigo|tus?|te|vosotr[oa]s|os|vos)\b"),
            "Spanish 'su/sus' is not counted: it may mean 'his', 'her' or 'their'."),
        new RegisterRule("pt",
            "o senhor / a senhora", Rx(@"\b(?:[oa]s? senhora?s?|Vossa Senhoria|V\. ?S\.ª|[Pp]rezad[oa]s?|[Aa]tenciosamente|[Cc]ordialmente)\b"),
            "tu", Rx(@"\b(?:tu|te|ti|contigo|teus?|tuas?)\b"),
            "Brazilian 'você' is the usual polite address; in Portugal it is semi-formal.",
            "você", Rx(@"\b(?:você|vocês)\b")),
        new RegisterRule("it",
            "Lei", Rx(NotSentenceStart + @"\b(?:Lei|La|Le|Suo|Sua|Suoi|Sue)\b|\b(?:Gentile|Egregio|Cordiali saluti|Distinti saluti)\b", ignoreCase: false),
            "tu", Rx(@"\b(?:tu|ti|te|tuo|tua|tuoi|tue|ciao)\b"),
            "Italian formal 'Lei/La' counts only when capitalised inside a sentence."),
        new RegisterRule("nl",
            "u", Rx(@"\b(?:u|uw|Geachte|Met vriendelijke groet(?:en)?)\b"),
            "je/jij", Rx(@"\b(?:je|jij|jou|jouw|jullie|hoi)\b"),
            "Dutch 'je' is also the generic 'one'; several occurrences are needed to be sure."),
        new RegisterRule("ru",
            "вы", Rx(@"\b(?:вы|вас|вам|вами|ваш(?:а|е|и|его|ей|ему|им|их|ими|ем|у)?|уважаем\w*|здравствуйте)\b"),
            "ты", Rx(@"\b(?:ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твоего|твоей|твоих|привет)\b"),
            "Russian 'вы' is also the plural 'you'; a capitalised 'Вы' is extra respectful."),
        new RegisterRule("pl",
            "Pan/Pani", Rx(@"\b(?:Pan|Pani|Panu|Pana|Panem|Państwo|Państwa|Szanown\w+|Z poważaniem)\b", ignoreCase: false),
            "ty", Rx(@"\b(?:ty|ciebie|cię|tobie|twój|twoja|twoje|twoi|twojego|twojej|cześć)\b")),
        new RegisterRule("tr",
            "siz", Rx(@"\b(?:siz|sizin|size|sizi|sizden|sizinle|Sayın|rica ederim)\b|\b\w+(?:ınız|iniz|unuz|ünüz)\b"),
            "sen", Rx(@"\b(?:sen|senin|sana|seni|senden|seninle)\b")),
        new RegisterRule("zh",
            "您", Rx(@"您"),
            "你", Rx(@"你(?!们)"),
            "Chinese 你 is ordinary and polite enough in most support conversations; 您 is deferential."),
        new RegisterRule("vi",
            "quý khách / kính", Rx(@"\b(?:quý khách|kính gửi|thưa|dạ|ạ)\b"),
            "mày/tao", Rx(@"\b(?:mày|tao)\b"),
            "Vietnamese address depends on age and relationship (anh, chị, em); only clear markers are counted.",
            "bạn", Rx(@"\bbạn\b")),
        new RegisterRule("th",
            "ครับ/ค่ะ", Rx(@"ครับ|ค่ะ|คะ|ขอรับ|กรุณา"),
            "casual", Rx(@"จ้ะ|จ้า|เว้ย|มึง|กู"),
            "Thai politeness lives in the final particles ครับ/ค่ะ; their absence is casual."),
        new RegisterRule("ar",
            "formal address", Rx(@"حضرتك|حضرتكم|سيادتكم|المحترم|السيد|السيدة|تحية طيبة|مع خالص"),
            "colloquial", Rx(@"ازيك|إزيك|شلونك|هلا|يا صاحبي"),
            "Arabic has no T–V pronoun distinction in Modern Standard Arabic; formality shows in greetings and titles."),
        new RegisterRule("he",
            "formal", Rx(@"לכבוד|בברכה|אדוני|גברתי"),
            "casual", Rx(@"אחי|היי|יאללה"),
            "Hebrew has no T–V distinction; formality shows in greetings and titles."),
        new RegisterRule("en",
            "formal", Rx(@"\b(?:Dear|Sincerely|Kind regards|Best regards|Regards|I would appreciate|Could you please|Would you kindly)\b"),
            "casual", Rx(@"\b(?:hey|thx|pls|plz|gonna|wanna|lol|btw|u r|ur)\b"),
            "English has no T–V distinction; only the tone of the message is judged."),
    }.ToDictionary(r => r.Language);

    private static Regex Rx(string pattern, bool ignoreCase = true) =>
        new(pattern, (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));
}
