using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(SchemaGen.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
