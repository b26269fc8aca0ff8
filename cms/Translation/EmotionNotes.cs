using Knowledge.Cms.Tickets;

namespace Knowledge.Cms.Translation;

/// <summary>What triage's emotion reading means for the agent writing the reply.</summary>
public static class EmotionNotes
{
    public static string For(Emotion? emotion) => emotion switch
    {
        Emotion.Angry => "Triage reads the customer as angry: acknowledge the problem and its impact first, apologise once, then give a concrete next step and a time.",
        Emotion.Frustrated => "Triage reads the customer as frustrated: recognise what they already tried, avoid asking for it again, and be specific about the fix.",
        Emotion.Confused => "Triage reads the customer as confused: explain step by step in plain words, without product jargon.",
        Emotion.Positive => "Triage reads the customer as positive: keep the friendly tone and confirm what happens next.",
        Emotion.Neutral => "Triage reads the customer's tone as neutral.",
        _ => "Triage has not read the customer's emotion for this ticket yet.",
    };
}
