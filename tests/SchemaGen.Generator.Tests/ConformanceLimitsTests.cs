using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SchemaGen.Schema.Loading;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// Resource bounds (issue 14): a 10 MB schema and a "billion laughs" alias bomb end in SG1016 at a stated place,
    /// through the loader and through the generator, without a hang or an exhausted memory. The bounds asserted here are
    /// generous ceilings that catch a runaway (minutes, gigabytes), not speed measurements.
    /// </summary>
    public sealed class ConformanceLimitsTests
    {
        private const string Path = "/limits/schema.yaml";

        /// <summary>About 10 MB: the large-schema generator's rows, many more than any schema has.</summary>
        public static string TenMegabytes { get; } = LargeSchema.Text(rows: 250_000);

        /// <summary>Nine anchors, each a list of nine aliases to the one before: 9^10 values if written out.</summary>
        public static string AliasBomb { get; } = BuildAliasBomb();

        private static string BuildAliasBomb()
        {
            var sb = new StringBuilder("x-bomb:\n  a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
            for (char c = 'b'; c <= 'j'; c++)
                sb.Append("  ").Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + (char)(c - 1), 9))).Append("]\n");
            return sb.ToString() + LargeSchema.Text(rows: 2);
        }

        /// <summary>Runs <paramref name="action"/> on its own thread; fails (rather than hangs) if it has not finished within a minute.</summary>
        private static T Bounded<T>(Func<T> action, out long allocatedBytes)
        {
            long allocated = 0;
            Task<T> task = Task.Factory.StartNew(() =>
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                T result = action();
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                return result;
            }, TaskCreationOptions.LongRunning);
            Assert.True(task.Wait(TimeSpan.FromMinutes(1)), "still running after a minute");
            allocatedBytes = allocated;
            return task.Result;
        }

        [Fact]
        public void The_test_schemas_are_what_they_claim()
        {
            Assert.True(TenMegabytes.Length > 10_000_000, $"{TenMegabytes.Length} characters");
            Assert.True(SchemaLoader.MaxSchemaChars < TenMegabytes.Length);
            Assert.Contains("&j [*i, *i", AliasBomb);
        }

        [Fact]
        public void A_10_MB_schema_is_SG1016_at_its_start_from_the_loader()
        {
            string text = TenMegabytes;
            var result = Bounded(() => SchemaLoader.Load(text, Path), out long allocated);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(("SG1016", 1, 1), (d.Id, d.Span.StartLine, d.Span.StartColumn));
            Assert.Contains("at most 4,194,304", d.Message);
            Assert.Null(result.Document);
            // Refused before parsing: nothing near the size of the text is allocated.
            Assert.True(allocated < 1_000_000, $"{allocated:N0} bytes allocated");
        }

        [Fact]
        public void A_10_MB_schema_is_SG1016_in_the_build_and_generates_nothing()
        {
            var (generator, compiler, sources) = Bounded(() => GeneratorHarness.GenerateAndCompile(new[] { new InMemoryAdditionalText(Path, TenMegabytes) }), out _);
            Diagnostic d = Assert.Single(generator);
            Assert.Equal(("SG1016", 0), (d.Id, d.Location.GetLineSpan().StartLinePosition.Line));
            Assert.Empty(compiler);
            Assert.Empty(sources);
        }

        [Fact]
        public void An_alias_bomb_is_SG1016_at_the_alias_that_crosses_the_limit()
        {
            string text = AliasBomb;
            var result = Bounded(() => SchemaLoader.Load(text, Path), out long allocated);
            var d = Assert.Single(result.Diagnostics);
            // Line 7 is "  f: &f [*e, ...]": 9 + 81 + ... values by then pass 100,000 only once f's aliases expand e (9^5 each).
            Assert.Equal(("SG1016", 7), (d.Id, d.Span.StartLine));
            Assert.Contains("aliases would bring in more than 100,000 nodes", d.Message);
            Assert.True(allocated < 50_000_000, $"{allocated:N0} bytes allocated");

            var (generator, _, sources) = Bounded(() => GeneratorHarness.GenerateAndCompile(new[] { new InMemoryAdditionalText(Path, AliasBomb) }), out _);
            Diagnostic g = Assert.Single(generator);
            Assert.Equal(("SG1016", 6), (g.Id, g.Location.GetLineSpan().StartLinePosition.Line));
            Assert.Empty(sources);
        }

        [Fact]
        public void A_schema_of_40000_rows_is_inside_the_size_limit()
        {
            // The limit leaves room for schemas far beyond the statutory ones (the generation benchmark's largest).
            Assert.True(LargeSchema.Text(rows: 40_000).Length < SchemaLoader.MaxSchemaChars);
        }
    }
}
