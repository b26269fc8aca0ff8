using GraphQL;
using GraphQL.Builders;
using Knowledge.Cms.Common;
using Knowledge.Cms.Events;
using Knowledge.Schema.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Knowledge.Schema.Realtime;

/// <summary>
/// Turns a bus topic into a subscription field: topic + a filter built from the field's arguments + a loader that
/// re-reads the event's subject as the subscriber. Access is checked when subscribing (stream resolvers bypass field
/// middleware) and again for every event by <see cref="AccessFieldMiddleware"/> and the loader's own reader rules.
/// </summary>
public static class EventFields
{
    /// <param name="filter">Builds the event predicate from the arguments; throw a VALIDATION error for a bad argument.</param>
    public static FieldBuilder<TSource, object> FromEvents<TSource>(this FieldBuilder<TSource, object> field, string topic,
        Func<IResolveFieldContext, Func<DomainEvent, bool>> filter, EventLoader loader) =>
        field.ResolveStream(context =>
        {
            var level = (AccessLevel)Math.Max((int)AccessRules.LevelOf(context.FieldDefinition), (int)AccessRules.LevelOf(context.ParentType));
            AccessRules.Demand(context.Viewer(), level, $"'{context.ParentType.Name}.{context.FieldDefinition.Name}'");
            var subscriber = SubscriberContext.From(context.UserContext)
                             ?? throw KnowledgeException.Invalid("subscription", "subscriptions need the graphql-transport-ws WebSocket transport at /graphql.");
            var matches = filter(context);
            var services = context.RequestServices!;
            var options = services.GetRequiredService<IOptions<SubscriptionOptions>>().Value;
            return new EventStream(services.GetRequiredService<IEventBus>(), services.GetRequiredService<IServiceScopeFactory>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EventStream)), topic, matches, loader, subscriber,
                options.EventBufferSize);
        });

    /// <summary>An optional text attribute filter (e.g. an enum argument such as <c>tier</c>): null matches every event.</summary>
    public static Func<DomainEvent, bool> AttributeEquals(string attribute, string? value) =>
        value is null ? _ => true : e => string.Equals(e.Attribute(attribute), value, StringComparison.OrdinalIgnoreCase);

    /// <summary>An optional lower bound on a numeric attribute (e.g. <c>minRisk</c> on <c>risk</c>); events without it never match a bound.</summary>
    public static Func<DomainEvent, bool> AttributeAtLeast(string attribute, double? minimum) =>
        minimum is null
            ? _ => true
            : e => double.TryParse(e.Attribute(attribute), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                   && value >= minimum.Value;

    /// <summary>Both filters must match.</summary>
    public static Func<DomainEvent, bool> And(this Func<DomainEvent, bool> first, Func<DomainEvent, bool> second) => e => first(e) && second(e);

    /// <summary>An optional id-valued attribute filter: no argument matches every event.</summary>
    public static Func<DomainEvent, bool> AttributeEquals(string attribute, int? value) =>
        value is null ? _ => true : e => e.Attribute(attribute) == value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
