using Xunit.Abstractions;
using Xunit.Sdk;

namespace Vertebra.Storage.Tests;

/// <summary>
/// A fact in a provider-generic base class. It runs like <see cref="FactAttribute"/>, except that it skips, with the
/// provider's own message, when the concrete test class has a static <c>SkipReason</c> that is not null (for example
/// PostgreSQL tests when no database is configured).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Vertebra.Storage.Tests.ProviderFactDiscoverer", "Vertebra.Storage.Tests")]
public sealed class ProviderFactAttribute : FactAttribute;

/// <summary>Finds the concrete class's skip reason and turns each inherited fact into a skipped one when it has one.</summary>
public sealed class ProviderFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var type = testMethod.TestClass.Class.ToRuntimeType();
        var reason = type?.GetProperty("SkipReason", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) as string;
        yield return new ProviderTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
    }
}

/// <summary>A test case whose skip reason comes from its class rather than from its attribute.</summary>
public sealed class ProviderTestCase : XunitTestCase
{
    private string? _reason;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ProviderTestCase()
    {
    }

    public ProviderTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? reason)
        : base(sink, display, options, method) => _reason = reason;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _reason ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        base.Serialize(data);
        data.AddValue("ProviderSkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _reason = data.GetValue<string?>("ProviderSkipReason");
        base.Deserialize(data);
    }
}
