using System;
using System.IO;
using System.Linq;
using NJsonSchema;
using Xunit;

namespace SchemaGen.Cli.Tests.Support
{
    /// <summary>The official SARIF 2.1.0 JSON schema from the Sarif.Sdk package, copied beside the tests (see the project file).</summary>
    internal static class SarifSchema
    {
        private static readonly Lazy<JsonSchema> Schema = new(() =>
            JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-2.1.0.json"))).GetAwaiter().GetResult());

        public static JsonSchema Value => Schema.Value;

        public static void AssertValid(string sarif)
        {
            var errors = Schema.Value.Validate(sarif);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }
}
