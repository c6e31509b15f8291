namespace Vertebra.Guidance;

/// <summary>Evaluation: run the compiled rules over one case and build the result.</summary>
public sealed partial class GuidanceEngine
{
    /// <summary>Evaluates one case. Thread-safe.</summary>
    public GuidanceResult Evaluate(CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rules = _rules;
        Span<int> codes = stackalloc int[FactCount];
        FactCatalog.ReadAll(facts, codes);
        Span<byte> states = rules.Length <= 256 ? stackalloc byte[rules.Length] : new byte[rules.Length];
        var triage = 0;
        var massage = 0;
        var firedCount = 0;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            var state = rule.Condition(codes);
            states[i] = (byte)state;
            if (state == Tri.True)
            {
                firedCount++;
                triage = Math.Max(triage, rule.TriageRank);
                massage = Math.Max(massage, rule.MassageRank);
            }
        }

        var route = ChooseRoute(rules, states, triage);
        if (route == (int)Route.RehabilitationDepartment && massage == (int)MassageVerdict.Contraindicated)
        {
            // Never send someone to the service that offers the treatment they must not have now (policy, Routes).
            route = (int)Route.PrimaryCare;
        }
        var unknownMask = UnknownMask(codes);
        var redFlagsUnknown = unknownMask & _redFlagMask;

        var advice = new List<AdviceItem>(firedCount + 2);
        var flags = new List<GuidanceFlag>(2);
        var trace = new TraceEntry[firedCount];
        Span<bool> adviceSeen = stackalloc bool[_advice.Length];
        Span<bool> flagSeen = stackalloc bool[_flags.Length];
        if (redFlagsUnknown != 0)
        {
            flags.Add(_provisionalFlag);
        }

        var t = 0;
        for (var i = 0; i < rules.Length; i++)
        {
            if (states[i] != (byte)Tri.True)
            {
                continue;
            }

            var rule = rules[i];
            trace[t++] = new TraceEntry(rule.Id, FactValues(rule, codes));
            foreach (var a in rule.Advice)
            {
                if (!adviceSeen[a])
                {
                    adviceSeen[a] = true;
                    advice.Add(_advice[a]);
                }
            }

            foreach (var f in rule.Flags)
            {
                if (!flagSeen[f])
                {
                    flagSeen[f] = true;
                    flags.Add(_flags[f]);
                }
            }
        }

        var verdictAdvice = _massageAdvice[massage];
        if (verdictAdvice >= 0 && !adviceSeen[verdictAdvice])
        {
            advice.Add(_advice[verdictAdvice]);
        }

        return new GuidanceResult
        {
            Triage = (TriageLevel)triage,
            Route = (Route)route,
            Massage = (MassageVerdict)massage,
            Advice = advice,
            Flags = flags,
            Trace = trace,
            Missing = Missing(rules, states, unknownMask, redFlagsUnknown, triage, massage, route),
            Ruleset = Ruleset,
            Provisional = redFlagsUnknown != 0,
            ClinicallyReviewed = ClinicallyReviewed,
            Summary = _summaries[triage],
        };
    }

    private static int ChooseRoute(CompiledRule[] rules, ReadOnlySpan<byte> states, int triage)
    {
        if (triage == (int)TriageLevel.Emergency)
        {
            return (int)Route.EmergencyDepartment;
        }

        var best = -1;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            if (states[i] == (byte)Tri.True && rule.RouteRank > best && rule.RouteLevel == triage)
            {
                best = rule.RouteRank;
            }
        }

        if (best >= 0)
        {
            return best;
        }

        return triage switch
        {
            (int)TriageLevel.Urgent => (int)Route.PrimaryCare,
            (int)TriageLevel.Soon => (int)Route.SpineSurgeryClinic,
            _ => (int)Route.SelfCare,
        };
    }

    private string[] Missing(CompiledRule[] rules, ReadOnlySpan<byte> states, ulong unknownMask, ulong redFlagsUnknown, int triage, int massage, int route)
    {
        if (unknownMask == 0)
        {
            return [];
        }

        // urgency per fact: -1 = would not change the answer; red flags rank above everything else.
        Span<int> urgency = stackalloc int[FactCount];
        urgency.Fill(-1);
        for (var i = 0; i < rules.Length; i++)
        {
            if (states[i] != (byte)Tri.Unknown)
            {
                continue;
            }

            var rule = rules[i];
            var raisesTriage = rule.TriageRank > triage;
            var couldChange = raisesTriage
                || rule.MassageRank > massage
                || (rule.RouteRank > route && rule.RouteLevel == triage);
            if (!couldChange)
            {
                continue;
            }

            var rank = raisesTriage ? rule.TriageRank : 0;
            var mask = rule.FactMask & unknownMask;
            while (mask != 0)
            {
                var f = System.Numerics.BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                urgency[f] = Math.Max(urgency[f], rank);
            }
        }

        var redMask = redFlagsUnknown;
        while (redMask != 0)
        {
            var f = System.Numerics.BitOperations.TrailingZeroCount(redMask);
            redMask &= redMask - 1;
            urgency[f] = 4 + Math.Max(urgency[f], 0);
        }

        var count = 0;
        foreach (var u in urgency)
        {
            if (u >= 0)
            {
                count++;
            }
        }

        var result = new string[count];
        var n = 0;
        for (var level = 7; level >= 0 && n < count; level--)
        {
            foreach (var f in _questionOrder)
            {
                if (urgency[f] == level)
                {
                    result[n++] = FactCatalog.All[f].Name;
                }
            }
        }

        return result;
    }

    private static ulong UnknownMask(ReadOnlySpan<int> codes)
    {
        var mask = 0UL;
        for (var i = 0; i < codes.Length; i++)
        {
            if (codes[i] == FactDescriptor.Unknown)
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private static string[] FactValues(CompiledRule rule, ReadOnlySpan<int> codes)
    {
        var indexes = rule.FactIndexes;
        var known = 0;
        foreach (var i in indexes)
        {
            if (codes[i] != FactDescriptor.Unknown)
            {
                known++;
            }
        }

        var values = new string[known];
        var n = 0;
        foreach (var i in indexes)
        {
            var code = codes[i];
            if (code != FactDescriptor.Unknown)
            {
                var table = ValueText[i];
                values[n++] = code >= 0 && code < table.Length ? table[code] : FactCatalog.All[i].Name + "=" + FactCatalog.All[i].FormatValue(code);
            }
        }

        return values;
    }
}
