namespace Knowledge.Cms.Translation;

/// <summary>Which text of a ticket a <see cref="TicketTextTranslation"/> renders.</summary>
public enum TicketTextPart
{
    Subject,
    Body,
    Message,
}
