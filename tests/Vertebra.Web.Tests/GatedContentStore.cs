using System.Reflection;
using System.Runtime.ExceptionServices;
using Vertebra.Storage;

namespace Vertebra.Web.Tests;

/// <summary>
/// A content store that passes every call on, except that calls of one method wait until a gate opens: given to the
/// search index keeper, it holds the site in the moment before its index is built, for as long as a test needs.
/// </summary>
/// <remarks>Not sealed: <see cref="DispatchProxy"/> derives the proxy type from it.</remarks>
#pragma warning disable CA1852 // DispatchProxy needs a type it can derive from
internal class GatedContentStore : DispatchProxy
#pragma warning restore CA1852
{
    private IContentStore inner = null!;
    private string gatedMethod = "";
    private Task gate = Task.CompletedTask;

    /// <summary><paramref name="inner"/>, with calls of <paramref name="method"/> (a method returning Task&lt;T&gt;) held until <paramref name="gate"/> completes.</summary>
    public static IContentStore Wrap(IContentStore inner, string method, Task gate)
    {
        var proxy = Create<IContentStore, GatedContentStore>();
        var gated = (GatedContentStore)(object)proxy;
        gated.inner = inner;
        gated.gatedMethod = method;
        gated.gate = gate;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name != gatedMethod)
        {
            return Call(targetMethod, args);
        }

        var resultType = targetMethod.ReturnType.GetGenericArguments().Single();
        return typeof(GatedContentStore).GetMethod(nameof(AfterGateAsync), BindingFlags.NonPublic | BindingFlags.Instance)!
            .MakeGenericMethod(resultType).Invoke(this, [targetMethod, args]);
    }

    private async Task<T> AfterGateAsync<T>(MethodInfo method, object?[]? args)
    {
        await gate;
        return await (Task<T>)Call(method, args)!;
    }

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
