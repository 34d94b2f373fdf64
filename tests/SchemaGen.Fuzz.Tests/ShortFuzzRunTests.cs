using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace SchemaGen.Fuzz.Tests
{
    /// <summary>
    /// Every fuzzing harness for a few seconds, in the suite, so that a regression the long runs found (or would find)
    /// shows in CI: the target's seeds as they are, then inputs from the built-in mutator with a fixed seed (the same
    /// inputs every run), each checked for escaped exceptions, broken properties and hangs. No afl-fuzz needed.
    /// </summary>
    public sealed class ShortFuzzRunTests
    {
        /// <summary>The mutator's seed: change it to look elsewhere, keep it fixed to repeat.</summary>
        private const int MutatorSeed = 20260601;

        /// <summary>Inputs per target, seeds included: a few seconds each on the 2-core CI machine (Debug build).</summary>
        private static readonly Dictionary<string, int> Inputs = new(StringComparer.Ordinal)
        {
            ["schema"] = 600, ["rule"] = 1500, ["text"] = 150, ["html"] = 80, ["word"] = 120, ["pdf"] = 50,
        };

        private readonly ITestOutputHelper _output;

        public ShortFuzzRunTests(ITestOutputHelper output) => _output = output;

        public static IEnumerable<object[]> Targets => FuzzTarget.All.Select(t => new object[] { t.Name });

        [Fact]
        public void Every_harness_has_a_budget_here()
            => Assert.Equal(FuzzTarget.All.Select(t => t.Name).OrderBy(n => n), Inputs.Keys.OrderBy(n => n));

        [Theory]
        [MemberData(nameof(Targets))]
        public void A_short_run_of_the_harness_finds_no_crash_no_broken_property_and_no_hang(string name)
        {
            FuzzTarget target = FuzzTarget.Find(name)!;
            FuzzRunResult result = FuzzRunner.Run(target, new FuzzRunOptions
            {
                Seed = MutatorSeed,
                MaxInputs = Inputs[name],
                // A bound, not the plan: the inputs are counted, so the run is the same whatever the machine's speed.
                Duration = TimeSpan.FromMinutes(2),
                // A slow input on a loaded CI machine (2 cores shared with builds) is not a hang; five times the limit still is.
                TimeLimitScale = 5,
            });
            _output.WriteLine(result.Summary());
            foreach (FuzzFailure failure in result.Failures)
                _output.WriteLine($"{failure}\n  input ({failure.Input.Length} bytes, base64): {Convert.ToBase64String(failure.Input.Take(4096).ToArray())}");

            Assert.True(result.Seeds > 0, "no seeds");
            Assert.False(result.Stuck, "the run got stuck on an input");
            Assert.Equal(Inputs[name], result.Executions + result.SkippedKnownOpen);
            Assert.True(result.Failures.Count == 0, string.Join("\n", result.Failures));
        }

        [Fact]
        public void The_harnesses_catch_what_they_must()
        {
            // A harness that never fails proves nothing: each property must fire on an input that breaks it.
            Assert.True(FuzzTarget.Find("rule")!.Run(System.Text.Encoding.UTF8.GetBytes("a + b == c")), "a valid rule must run, not be left out");
            var schema = FuzzTarget.Find("schema")!;
            // Once a stack overflow (now SG1016 before any tree is built): it runs, no longer left out as a known open crash.
            Assert.True(schema.Run(System.Text.Encoding.UTF8.GetBytes(new string('[', 40_000))));
            Assert.Throws<PropertyViolation>(() => ReadingChecks.CheckReading(
                new SchemaGen.Runtime.Reading.ReportReading(ReadingChecks.Schemas[1], Array.Empty<SchemaGen.Runtime.Reading.SectionReading>(),
                    Array.Empty<SchemaGen.Runtime.Reading.TableReading>(), Array.Empty<SchemaGen.Runtime.Reading.ReadDiagnostic>()),
                ReadingChecks.Schemas[1]));
            var failing = new SchemaGen.Runtime.Documents.Document(SchemaGen.Runtime.Documents.DocumentKind.Html, null, Array.Empty<SchemaGen.Runtime.Documents.Block>(),
                new[] { new SchemaGen.Runtime.Documents.DocumentNote(SchemaGen.Runtime.Reading.ReadDiagnosticIds.ReaderFailure, SchemaGen.Runtime.Validation.FindingSeverity.Error, "stopped", default) });
            Assert.Throws<PropertyViolation>(() => ReadingChecks.CheckDocument(failing, SchemaGen.Runtime.Documents.DocumentKind.Html));
        }
    }
}
