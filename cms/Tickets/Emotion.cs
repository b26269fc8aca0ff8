namespace Knowledge.Cms.Tickets;

/// <summary>Customer emotion read from a message.</summary>
public enum Emotion
{
    Angry,
    Frustrated,
    Confused,
    Positive,
    Neutral,
}
