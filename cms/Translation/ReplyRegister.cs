using Knowledge.Cms.Languages;

namespace Knowledge.Cms.Translation;

/// <summary>
/// The register an agent's reply is translated into, chosen from the customer's own (see ADR on register): mirror it
/// where the language allows both (du answered with du), choose the formal address when the text does not show one,
/// and never go below teineigo in Japanese or 해요체 in Korean, where plain speech towards a customer is rude.
/// </summary>
public sealed record ReplyRegister(Formality Formality, string Instruction)
{
    public static ReplyRegister For(RegisterAnalysis customer)
    {
        var f = customer.Formality;
        switch (customer.Language)
        {
            case "ja":
                return f == RegisterFormality.Formal
                    ? new(Formality.Formal, "The customer writes in keigo. Answer in business keigo: です/ます endings, sonkeigo for the customer's actions and kenjōgo for ours (いたします, ございます, いただく).")
                    : new(Formality.Formal, "Answer in polite teineigo (です/ます) with light kenjōgo as a support agent does; do not mirror plain form and avoid heavy honorifics.");
            case "ko":
                return f == RegisterFormality.Formal
                    ? new(Formality.Formal, "The customer writes in 합니다체. Answer in formal 합니다체 endings (-ㅂ니다/-습니다).")
                    : new(Formality.Default, "Answer in polite 해요체 endings (-요); never in 반말.");
            case "zh":
                return f == RegisterFormality.Informal
                    ? new(Formality.Default, "Address the customer with 你, as they do, in a friendly and polite tone.")
                    : new(Formality.Formal, "Address the customer with 您 in a polite tone.");
        }
        if (RegisterRules.ByLanguage.TryGetValue(customer.Language, out var rule) && HasTvDistinction(customer.Language))
        {
            return f switch
            {
                RegisterFormality.Informal => new(Formality.Informal, $"The customer uses the familiar address ({rule.InformalLevel}); answer with '{rule.InformalLevel}' as well, warm but professional."),
                RegisterFormality.Neutral => new(Formality.Default, $"Address the customer with '{rule.NeutralLevel}', the usual polite form they use themselves."),
                RegisterFormality.Formal => new(Formality.Formal, $"The customer uses the formal address; answer with '{rule.FormalLevel}'."),
                _ => new(Formality.Formal, $"The customer's address is unclear; use the formal '{rule.FormalLevel}', the safe default in support."),
            };
        }
        return f switch
        {
            RegisterFormality.Formal => new(Formality.Formal, "The customer writes formally; answer in a formal, courteous tone."),
            RegisterFormality.Informal => new(Formality.Informal, "The customer writes casually; answer in a friendly, plain tone without slang."),
            _ => new(Formality.Default, "Answer in a polite, neutral support tone."),
        };
    }

    private static bool HasTvDistinction(string language) => language is "de" or "fr" or "es" or "pt" or "it" or "nl" or "ru" or "pl" or "tr";
}
