using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SchemaGen.Generator.Tests.Support;
using SchemaGen.Tests.Shared;
using Xunit;

namespace SchemaGen.Generator.Tests
{
    /// <summary>
    /// generated-samples/ holds the generator's output for the statutory schemas, checked in. It must match what the
    /// generator emits now, byte for byte. Regenerate with: SCHEMAGEN_UPDATE_SAMPLES=1 dotnet test --filter GeneratedSamples
    /// (or `schemagen generate`).
    /// </summary>
    public class GeneratedSamplesTests
    {
        private static IReadOnlyDictionary<string, string> Generate()
        {
            var result = GeneratorHarness.Run(SchemaFiles.Of("2019"), SchemaFiles.Of("2021"));
            Assert.Empty(result.Diagnostics);
            return result.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        }

        [Fact]
        public void Generated_samples_are_up_to_date()
        {
            var generated = Generate();
            string folder = RepoPaths.GeneratedSamples;
            if (Environment.GetEnvironmentVariable("SCHEMAGEN_UPDATE_SAMPLES") == "1")
            {
                Directory.CreateDirectory(folder);
                foreach (string stale in Directory.GetFiles(folder, "*.g.cs")) File.Delete(stale);
                foreach (var file in generated) File.WriteAllText(Path.Combine(folder, file.Key), file.Value, new System.Text.UTF8Encoding(false));
            }

            var onDisk = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.g.cs").ToDictionary(f => Path.GetFileName(f)!, f => File.ReadAllText(f), StringComparer.Ordinal)
                : new Dictionary<string, string>();
            Assert.True(generated.Keys.OrderBy(k => k, StringComparer.Ordinal).SequenceEqual(onDisk.Keys.OrderBy(k => k, StringComparer.Ordinal)),
                "generated-samples/ lists other files than the generator emits; regenerate it (see the class comment)");
            foreach (var file in generated)
                Assert.True(file.Value == onDisk[file.Key], $"generated-samples/{file.Key} is stale; regenerate it (see the class comment)");
        }

        [Fact]
        public void Output_is_deterministic()
        {
            var first = Generate();
            var second = Generate();
            Assert.Equal(first, second);
        }

        /// <summary>
        /// An IDE runs the generator for several projects at once, and the emitter shares what it learns of the spec types
        /// between renders (EmitContext keeps one member accessor per type): starting from none, renders on many threads
        /// at once write what one thread writes.
        /// </summary>
        [Fact]
        public void Output_is_the_same_when_generated_on_many_threads_at_once()
        {
            var expected = Generate();
            var shared = typeof(SchemaGen.Generator.Emit.EmitContext).GetField("AccessorsByType", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static);
            Assert.NotNull(shared);
            ((System.Collections.IDictionary)shared!.GetValue(null)!).Clear();

            const int threads = 6;
            using var start = new System.Threading.Barrier(threads);
            var outputs = new IReadOnlyDictionary<string, string>[threads];
            var workers = Enumerable.Range(0, threads).Select(i => new System.Threading.Thread(() => { start.SignalAndWait(); outputs[i] = Generate(); })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());

            Assert.NotEmpty(expected);
            Assert.All(outputs, output => Assert.Equal(expected, output));
        }

        [Fact]
        public void Output_does_not_depend_on_the_current_culture()
        {
            var invariant = Generate();
            var saved = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                // fi-FI writes a Unicode minus sign and a decimal comma: nothing of it may leak into code.
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("fi-FI");
                Assert.Equal(invariant, Generate());
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = saved;
            }
        }
    }
}
