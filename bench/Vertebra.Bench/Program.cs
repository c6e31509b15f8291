using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Vertebra.Bench -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Vertebra.Bench.GuidanceBenchmarks).Assembly).Run(args);
