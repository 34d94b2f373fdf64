using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator;
using SchemaGen.Generator.Pipeline;

namespace SchemaGen.Benchmarks
{
    /// <summary>Generator drivers for the benchmarks, each with a generator of its own memo unless one is given.</summary>
    internal static class GeneratorDrivers
    {
        /// <summary>
        /// A new driver over <paramref name="schemas"/>. Without <paramref name="memo"/> it is a cold run: a memo of its own,
        /// since what an earlier run kept would make it no generation at all. With one, it is the next build in a compiler
        /// server that shares that memo.
        /// </summary>
        public static GeneratorDriver New(IEnumerable<AdditionalText> schemas, GenerationMemo? memo = null)
            => CSharpGeneratorDriver.Create(new[] { new SchemaSourceGenerator(memo ?? new GenerationMemo()).AsSourceGenerator() }, schemas);
    }
}
