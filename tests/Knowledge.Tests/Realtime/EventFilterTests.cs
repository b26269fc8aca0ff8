using Knowledge.Cms.Events;
using Knowledge.Schema.Realtime;

namespace Knowledge.Tests.Realtime;

/// <summary>The attribute filters subscription fields build from their arguments.</summary>
public sealed class EventFilterTests
{
    private static DomainEvent Event(params (string Key, string Value)[] attributes) =>
        new("escalation.raised", 1, attributes.ToDictionary(a => a.Key, a => a.Value));

    [Fact]
    public void Should_match_every_event_when_no_argument_is_given()
    {
        Assert.True(EventFields.AttributeEquals("teamId", (int?)null)(Event()));
        Assert.True(EventFields.AttributeEquals("tier", (string?)null)(Event()));
        Assert.True(EventFields.AttributeAtLeast("risk", null)(Event()));
    }

    [Fact]
    public void Should_match_ids_and_text_exactly_when_an_argument_is_given()
    {
        Assert.True(EventFields.AttributeEquals("teamId", 7)(Event(("teamId", "7"))));
        Assert.False(EventFields.AttributeEquals("teamId", 7)(Event(("teamId", "17"))));
        Assert.False(EventFields.AttributeEquals("teamId", 7)(Event()));
        Assert.True(EventFields.AttributeEquals("tier", "ENTERPRISE")(Event(("tier", "Enterprise"))));
        Assert.False(EventFields.AttributeEquals("tier", "ENTERPRISE")(Event(("tier", "Growth"))));
    }

    [Fact]
    public void Should_compare_numbers_invariantly_when_a_minimum_is_given()
    {
        var atLeastHalf = EventFields.AttributeAtLeast("risk", 0.5);
        Assert.True(atLeastHalf(Event(("risk", "0.5"))));
        Assert.True(atLeastHalf(Event(("risk", "0.93"))));
        Assert.False(atLeastHalf(Event(("risk", "0.49"))));
        Assert.False(atLeastHalf(Event(("risk", "0,93")))); // not invariant culture: never a match
        Assert.False(atLeastHalf(Event()));
        var both = EventFields.AttributeEquals("tier", "ENTERPRISE").And(EventFields.AttributeEquals("teamId", 3));
        Assert.True(both(Event(("tier", "ENTERPRISE"), ("teamId", "3"))));
        Assert.False(both(Event(("tier", "ENTERPRISE"), ("teamId", "4"))));
    }
}
