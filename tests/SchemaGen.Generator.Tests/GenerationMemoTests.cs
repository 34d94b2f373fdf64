using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Pipeline;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Runtime.Validation;
using SchemaGen.Schema.Diagnostics;
using SchemaGen.Schema.Loading;
using SchemaGen.Schema.Model;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// The generator's memo across drivers (the compiler server's builds): a new driver over unchanged schemas computes
    /// nothing and writes what a cold run writes; any change to a schema's text or options is computed again, and its
    /// output is a cold run's; builds at once on one memo agree; what is kept stays bounded.
    /// </summary>
    public class GenerationMemoTests
    {
        /// <summary>Every source the generator added (hint name and text) and every diagnostic, from a new driver.</summary>
        private static List<string> Generate(GenerationMemo memo, IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? metadata = null)
        {
            GeneratorDriver driver = GeneratorHarness.NewDriver(files.ToList(), trackSteps: false, metadata, new SchemaSourceGenerator(memo).AsSourceGenerator())
                .RunGenerators(GeneratorHarness.NewCompilation());
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            Assert.Null(result.Exception);
            return result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).Concat(result.Diagnostics.Select(d => d.ToString())).ToList();
        }

        /// <summary>The same file as a new object, as the compiler hands it to each build.</summary>
        private static AdditionalText Copy(AdditionalText file) => new InMemoryAdditionalText(file.Path, file.GetText()!.ToString());

        private static AdditionalText Edited(AdditionalText file, Func<string, string> edit)
        {
            string text = file.GetText()!.ToString();
            string edited = edit(text);
            Assert.NotEqual(text, edited);
            return new InMemoryAdditionalText(file.Path, edited);
        }

        [Fact]
        public void A_new_driver_over_unchanged_schemas_computes_nothing_and_writes_what_a_cold_run_writes()
        {
            AdditionalText[] files = { SchemaFiles.Of("2019"), SchemaFiles.Of("2021") };
            var memo = new GenerationMemo();

            List<string> first = Generate(memo, files);
            int computed = memo.Computed;
            List<string> next = Generate(memo, files.Select(Copy));
            List<string> cold = Generate(new GenerationMemo(), files.Select(Copy));

            Assert.True(first.Count > 20, $"the statutory schemas gave {first.Count} sources and diagnostics");
            Assert.True(computed >= 10, $"the first build computed {computed} steps");
            Assert.Equal(computed, memo.Computed);
            Assert.Equal(cold, next);
            Assert.Equal(cold, first);
        }

        [Fact]
        public void Each_change_to_a_schema_is_computed_again_and_gives_what_a_cold_run_gives()
        {
            AdditionalText v2019 = SchemaFiles.Of("2019"), v2021 = SchemaFiles.Of("2021");
            var memo = new GenerationMemo();
            var variants = new (string Name, AdditionalText[] Files, IReadOnlyDictionary<string, string>? Metadata)[]
            {
                ("original", new[] { v2019, v2021 }, null),
                ("a row label changed", new[] { v2019, Edited(v2021, t => t.Replace("label: 本年新收申请", "label: 本年新收到的申请")) }, null),
                ("a comment added", new[] { v2019, Edited(v2021, t => "# a comment\n" + t) }, null),
                ("another namespace", new[] { v2019, v2021 }, new Dictionary<string, string> { [v2021.Path] = SchemaFileSelection.NamespaceMetadata + " = Other.Formats" }),
                ("the other schema gone", new[] { v2021 }, null),
                ("moved to another path", new[] { v2019, new InMemoryAdditionalText(v2021.Path.Replace("2021.yaml", "2021-copy.yaml"), v2021.GetText()!.ToString()) }, null),
            };
            var outputs = new List<List<string>>();
            foreach (var (name, files, metadata) in variants)
            {
                List<string> kept = Generate(memo, files.Select(Copy), metadata);
                Assert.True(kept.SequenceEqual(Generate(new GenerationMemo(), files.Select(Copy), metadata)), $"{name}: the memo's output is not a cold run's");
                outputs.Add(kept);
            }
            // These variants write something else, so a stale result could not pass for theirs (a comment, or another path,
            // changes only the positions of diagnostics, and the statutory schemas have none).
            foreach (int i in new[] { 1, 3, 4 })
                Assert.False(outputs[0].SequenceEqual(outputs[i]), $"{variants[i].Name} wrote what the original did");

            // Back to the original: everything was kept, nothing is computed.
            int computed = memo.Computed;
            Assert.Equal(outputs[0], Generate(memo, variants[0].Files.Select(Copy)));
            Assert.Equal(computed, memo.Computed);
        }

        [Fact]
        public async Task Builds_at_once_on_one_memo_write_what_a_cold_run_writes()
        {
            AdditionalText[] files = { SchemaFiles.Of("2019"), SchemaFiles.Of("2021") };
            List<string> cold = Generate(new GenerationMemo(), files);
            var memo = new GenerationMemo();

            List<string>[] results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Generate(memo, files.Select(Copy)))));

            Assert.All(results, r => Assert.Equal(cold, r));
        }

        [Fact]
        public void A_compilation_with_a_caught_exception_is_not_kept()
        {
            var span = SourceSpan.None("/s.yaml");
            var failed = new SchemaCompilationResult("/s.yaml", null, new[] { new SchemaDiagnostic(SchemaDiagnosticIds.GeneratorFailure.Id, FindingSeverity.Error, "InvalidOperationException: x", span) }.ToEquatableArray(), null);
            var broken = new SchemaCompilationResult("/s.yaml", null, new[] { new SchemaDiagnostic(SchemaDiagnosticIds.MissingKey.Id, FindingSeverity.Error, "'id' is required here", span) }.ToEquatableArray(), null);

            Assert.False(GenerationMemo.Keeps(failed));
            Assert.True(GenerationMemo.Keeps(broken));
        }

        [Fact]
        public void Recent_results_are_found_by_equal_keys_and_bounded_by_count_and_weight()
        {
            int computed = 0;
            string Compute(string key) { computed++; return key.ToUpperInvariant(); }
            var recent = new RecentResults<string, string>(StringComparer.Ordinal, (key, _) => key.Length, capacity: 4, maxWeight: 12);

            foreach (string key in new[] { "aa", "bb", "cc", "dd", "ee" }) recent.GetOrAdd(key, Compute);
            Assert.Equal(5, computed);
            Assert.Equal(4, recent.Count);
            // An equal key that is another string object is found; the oldest ("aa") was dropped for the fifth.
            Assert.Equal("BB", recent.GetOrAdd(new string('b', 2), Compute));
            Assert.Equal(5, computed);
            recent.GetOrAdd("aa", Compute);
            Assert.Equal(6, computed);
            // "bb" was used last but one, so "cc" is the one dropped for "aa".
            recent.GetOrAdd("bb", Compute);
            Assert.Equal(6, computed);
            recent.GetOrAdd("cc", Compute);
            Assert.Equal(7, computed);

            // Weight: 5 + 5 + 5 passes 12, so only two of these stay; one heavier than the bound is never kept.
            foreach (string key in new[] { "fffff", "ggggg", "hhhhh" }) recent.GetOrAdd(key, Compute);
            Assert.Equal(2, recent.Count);
            recent.GetOrAdd("a-very-long-key", Compute);
            recent.GetOrAdd("a-very-long-key", Compute);
            Assert.Equal(12, computed);

            // A result its step says not to keep is computed again.
            recent.GetOrAdd("x", Compute, keep: _ => false);
            recent.GetOrAdd("x", Compute, keep: _ => false);
            Assert.Equal(14, computed);
        }

        [Fact]
        public void Recent_results_of_lists_match_the_same_elements_only_and_keep_none_alive()
        {
            int computed = 0;
            var recent = new RecentResultsOfLists<string, int>(capacity: 2);
            string a = new('a', 3), b = new('b', 3);
            int Sum(IReadOnlyList<string> all) { computed++; return all.Sum(s => s.Length); }

            recent.GetOrAdd(new[] { a, b }, Sum);
            recent.GetOrAdd(new List<string> { a, b }, Sum);
            Assert.Equal(1, computed);
            // Equal strings that are other objects are other results of other steps: not a match.
            recent.GetOrAdd(new[] { new string('a', 3), new string('b', 3) }, Sum);
            recent.GetOrAdd(new[] { b, a }, Sum);
            Assert.Equal(3, computed);
            Assert.Equal(2, recent.Count);

            WeakReference gone = KeepOneAndLetItGo(recent);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Assert.False(gone.IsAlive, "an entry kept its element alive");
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static WeakReference KeepOneAndLetItGo(RecentResultsOfLists<string, int> recent)
        {
            string element = new('z', 5);
            recent.GetOrAdd(new[] { element }, all => all.Count);
            return new WeakReference(element);
        }
    }
}
