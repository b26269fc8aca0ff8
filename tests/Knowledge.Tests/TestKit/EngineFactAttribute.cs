using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Knowledge.Tests.TestKit;

/// <summary>
/// A fact of an abstract contract suite. It is skipped, with the reason given by the concrete test class's public
/// static <c>SkipReason</c> property, when that engine is not available (e.g. no Elasticsearch URL configured).
/// </summary>
[XunitTestCaseDiscoverer("Knowledge.Tests.TestKit.EngineFactDiscoverer", "Knowledge.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class EngineFactAttribute : FactAttribute;

public sealed class EngineFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var type = testMethod.TestClass.Class.ToRuntimeType();
        var reason = type?.GetProperty("SkipReason", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)?.GetValue(null) as string;
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        yield return reason is null
            ? new XunitTestCase(sink, display, options, testMethod)
            : new SkippedEngineTestCase(sink, display, options, testMethod, reason);
    }
}

public sealed class SkippedEngineTestCase : XunitTestCase
{
    private string reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes", true)]
    public SkippedEngineTestCase()
    {
    }

    public SkippedEngineTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string reason)
        : base(sink, display, options, method)
    {
        this.reason = reason;
        SkipReason = reason;
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("Reason", reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        base.Deserialize(data);
        reason = data.GetValue<string>("Reason");
        SkipReason = reason;
    }
}
