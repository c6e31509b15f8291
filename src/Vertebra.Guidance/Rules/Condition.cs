namespace Vertebra.Guidance;

/// <summary>A node of the declarative condition language (all / any / not / always / a fact test).</summary>
internal abstract class Condition
{
    /// <summary>Compiles the condition to a delegate; no allocation when it runs.</summary>
    public abstract CompiledCondition Compile();

    /// <summary>Adds the facts this condition reads to the bit mask (bit = fact index).</summary>
    public abstract ulong FactMask();

    /// <summary>Adds interesting values for each fact (used to check that a rule can ever fire).</summary>
    public abstract void CollectProbeValues(Dictionary<int, SortedSet<int>> probes);
}

internal sealed class AlwaysCondition : Condition
{
    public override CompiledCondition Compile() => static _ => Tri.True;

    public override ulong FactMask() => 0;

    public override void CollectProbeValues(Dictionary<int, SortedSet<int>> probes)
    {
    }
}

/// <summary>
/// "all" and "any" in three-valued (Kleene) logic: one part equal to <paramref name="decisive"/> decides (false for
/// all, true for any); otherwise an unknown part makes the whole unknown, and else it is the opposite of decisive.
/// </summary>
internal abstract class JunctionCondition(IReadOnlyList<Condition> parts, Tri decisive) : Condition
{
    public override CompiledCondition Compile()
    {
        var compiled = parts.Select(p => p.Compile()).ToArray();
        var otherwise = decisive == Tri.False ? Tri.True : Tri.False;
        if (compiled.Length == 2)
        {
            var a = compiled[0];
            var b = compiled[1];
            return c =>
            {
                var x = a(c);
                if (x == decisive)
                {
                    return decisive;
                }

                var y = b(c);
                return y == decisive ? decisive : x == Tri.Unknown || y == Tri.Unknown ? Tri.Unknown : otherwise;
            };
        }

        return c =>
        {
            var result = otherwise;
            foreach (var part in compiled)
            {
                var value = part(c);
                if (value == decisive)
                {
                    return decisive;
                }

                if (value == Tri.Unknown)
                {
                    result = Tri.Unknown;
                }
            }

            return result;
        };
    }

    public override ulong FactMask() => parts.Aggregate(0UL, (mask, p) => mask | p.FactMask());

    public override void CollectProbeValues(Dictionary<int, SortedSet<int>> probes)
    {
        foreach (var part in parts)
        {
            part.CollectProbeValues(probes);
        }
    }
}

/// <summary>True when every part is true; false when any part is false; else unknown.</summary>
internal sealed class AllCondition(IReadOnlyList<Condition> parts) : JunctionCondition(parts, Tri.False);

/// <summary>True when any part is true; false when every part is false; else unknown.</summary>
internal sealed class AnyCondition(IReadOnlyList<Condition> parts) : JunctionCondition(parts, Tri.True);

internal sealed class NotCondition(Condition inner) : Condition
{
    public override CompiledCondition Compile()
    {
        var compiled = inner.Compile();
        return c => (Tri)(2 - (byte)compiled(c));
    }

    public override ulong FactMask() => inner.FactMask();

    public override void CollectProbeValues(Dictionary<int, SortedSet<int>> probes) => inner.CollectProbeValues(probes);
}
