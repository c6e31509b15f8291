using System.Diagnostics;
using System.Text;
using Vertebra.Interop.CdsHooks;
using Xunit.Abstractions;
using static Vertebra.Interop.Tests.CdsRequests;

namespace Vertebra.Interop.Tests;

/// <summary>In-process cost of one CDS Hooks call (parse, FHIR prefetch, cards, JSON). Prints; never asserts a time.</summary>
public sealed class CdsSpeedTests(ITestOutputHelper output)
{
    private const int Calls = 5_000;

    [Fact]
    public void CheckSpeed_PatientViewAndOrderSelect()
    {
        var service = new CdsHooksService(TestData.Clock(), TestData.Data);
        var bodies = new (string Id, byte[] Body)[]
        {
            (CdsHooksService.PatientViewId, Encoding.UTF8.GetBytes(PatientView(Conditions(AcuteHerniation, CaudaEquina, Hypertension)))),
            (CdsHooksService.OrderSelectId, Encoding.UTF8.GetBytes(Order("order-select", ServiceRequest("order-1", "Therapeutic massage"), Conditions(AcuteHerniation)))),
        };
        foreach (var (id, body) in bodies)
        {
            // Warm up, and give the tiered JIT time to replace first-tier code (its thread is slow on a busy machine).
            for (var round = 0; round < 5; round++)
            {
                for (var i = 0; i < 500; i++)
                {
                    Assert.Equal(200, service.Invoke(id, body, TestData.Catalogue, TestData.BaseUrl).Status);
                }

                Thread.Sleep(200);
            }

            var times = new double[Calls];
            for (var i = 0; i < Calls; i++)
            {
                var start = Stopwatch.GetTimestamp();
                service.Invoke(id, body, TestData.Catalogue, TestData.BaseUrl);
                times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }

            Array.Sort(times);
            output.WriteLine($"{id}: p50 {times[Calls / 2]:F0} µs, p99 {times[Calls * 99 / 100]:F0} µs, max {times[^1]:F0} µs over {Calls} calls");
        }
    }
}
