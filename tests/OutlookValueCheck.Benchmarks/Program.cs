using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(OutlookValueCheck.Benchmarks.CheckBenchmarks).Assembly).Run(args);
