using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SchemaGen.Generator.Emit;
using SchemaGen.Generator.Pipeline;
using SchemaGen.Generator.Spec;
using SchemaGen.Schema.Semantics;
using YamlDotNet.RepresentationModel;
using static System.FormattableString;

namespace SchemaGen.Benchmarks.Whole
{
    /// <summary>
    /// <c>generator-steps [WARM-UP SECONDS]</c>: where a generator run over both schemas goes, step by step (the steps of
    /// <see cref="Generation.GenerateAll"/>, which the incremental generator runs in its cached steps). First the steps'
    /// first run in this fresh process, each with the methods it JIT-compiled (what a compiler pays, which loads the
    /// generator afresh for each compile), then each step warm: the median of 40 rounds after the warm-up (no collection forced between
    /// steps: one after a full collection pays for touching fresh memory, twice what it costs in a run). Beside them, a
    /// YamlDotNet parse of the same files. Prints a Markdown table; run it a few times, since first runs vary most.
    /// </summary>
    internal static class GeneratorSteps
    {
        private const int WarmRounds = 40;

        public static int Run(string[] args)
        {
            double warmUpSeconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 3;
            var inputs = new[] { "2019", "2021" }.Select(v => new SchemaFileInput(Files.Schema(v), File.ReadAllText(Files.Schema(v)), null)).ToList();
            var run = new StepRun(inputs);
            var steps = run.Steps();

            var first = steps.Select(step => Measure(step.Work)).ToList();
            var yamlFirst = Measure(() => ParseYaml(inputs));
            WarmUp.For(warmUpSeconds, () => { foreach (var step in steps) step.Work(); ParseYaml(inputs); });
            var warm = steps.Select(_ => new List<double>()).ToList();
            var yamlWarm = new List<double>();
            for (int round = 0; round < WarmRounds; round++)
            {
                for (int i = 0; i < steps.Count; i++) warm[i].Add(Measure(steps[i].Work).Milliseconds);
                yamlWarm.Add(Measure(() => ParseYaml(inputs)).Milliseconds);
            }

            Console.WriteLine("| step | first run, ms | methods JIT-compiled in it | warm, ms (median of 40) |");
            Console.WriteLine("|---|---|---|---|");
            for (int i = 0; i < steps.Count; i++)
                Console.WriteLine(Invariant($"| {steps[i].Name} | {first[i].Milliseconds:0.0} | {first[i].Methods} | {Series.Median(warm[i]):0.00} |"));
            Console.WriteLine(Invariant($"| all steps | {first.Sum(f => f.Milliseconds):0.0} | {first.Sum(f => f.Methods)} | {Enumerable.Range(0, steps.Count).Sum(i => Series.Median(warm[i])):0.00} |"));
            Console.WriteLine(Invariant($"| (baseline) YamlDotNet parse of both files, after the steps | {yamlFirst.Milliseconds:0.0} | {yamlFirst.Methods} | {Series.Median(yamlWarm):0.00} |"));
            Console.WriteLine();
            Console.WriteLine(Invariant($"What one schema's results hold alive (what the generator's memo keeps per file), both schemas: {HeldAlive(inputs)}"));
            return 0;
        }

        /// <summary>Managed memory held by each schema's compilation, spec and generated files, measured after full collections.</summary>
        private static string HeldAlive(IReadOnlyList<SchemaFileInput> inputs)
        {
            var held = new List<object>();
            long before = GC.GetTotalMemory(forceFullCollection: true);
            foreach (SchemaFileInput input in inputs)
            {
                SchemaCompilationResult compiled = SchemaCompilation.Compile(input);
                GenerationSpec spec = SpecBuilder.Build(compiled.Model!);
                held.Add(compiled);
                held.Add(spec);
                held.Add(Generation.Emit(spec).Files);
            }
            long after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(held);
            return Invariant($"{(after - before) / 1e6:0.00} MB in all, {(after - before) / 1e6 / inputs.Count:0.00} MB per schema");
        }

        private static (double Milliseconds, long Methods) Measure(Action work)
        {
            long methods = System.Runtime.JitInfo.GetCompiledMethodCount();
            var clock = Stopwatch.StartNew();
            work();
            return (clock.Elapsed.TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount() - methods);
        }

        private static void ParseYaml(IEnumerable<SchemaFileInput> inputs)
        {
            foreach (SchemaFileInput input in inputs) new YamlStream().Load(new StringReader(input.Text));
        }

        /// <summary>The steps in the order GenerateAll runs them, each leaving what the next reads.</summary>
        private sealed class StepRun
        {
            private readonly IReadOnlyList<SchemaFileInput> _inputs;
            private List<SchemaCompilationResult> _compiled = new();
            private List<SchemaModel> _models = new();
            private List<GenerationSpec> _specs = new();
            private List<ConverterResult> _converters = new();

            public StepRun(IReadOnlyList<SchemaFileInput> inputs) => _inputs = inputs;

            public List<(string Name, Action Work)> Steps() => new()
            {
                ("load and check the schemas (YamlDotNet's parse included)", () =>
                {
                    _compiled = _inputs.Select(SchemaCompilation.Compile).ToList();
                    _models = _compiled.Where(c => c.Model is not null).Select(c => c.Model!).ToList();
                }),
                ("cross-schema diagnostics (namespaces, the migration checked)", () => Generation.CrossSchemaDiagnostics(_compiled.Where(c => c.Placement is not null).Select(c => c.Placement!).ToList())),
                ("build the emission specs", () => _specs = _models.Select(SpecBuilder.Build).ToList()),
                ("render each schema's files (the templates' parse included)", () => { foreach (GenerationSpec spec in _specs) Expect(Generation.Emit(spec).Failure is null); }),
                ("migration map and converter spec", () => _converters = Generation.Converters(_models.Select(Generation.Outline).ToList()).ToList()),
                ("render the converter", () => { foreach (ConverterResult c in _converters.Where(c => c.Spec is not null)) Expect(Generation.EmitConverter(c.SchemaPath, c.Spec!).Failure is null); }),
                ("embedded schemas and the format list", () =>
                {
                    foreach (EmbeddedSchemaSpec schema in Generation.EmbeddedSchemas(_models.Select(m => (m.Path, m.Names.Namespace, m.Key)).ToList(), _inputs))
                        Expect(Generation.EmitEmbeddedSchema(schema).Failure is null);
                    Expect(Generation.EmitFormatList(Generation.FormatList(_models.Select(SchemaIdentity.Of).ToList())).Failure is null);
                }),
            };

            private static void Expect(bool emitted)
            {
                if (!emitted) throw new InvalidOperationException("a step of the generator failed on the statutory schemas");
            }
        }
    }
}
