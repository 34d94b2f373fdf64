using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;

namespace SchemaGen.Versions.Tests.Support
{
    /// <summary>schema/schemagen.schema.json: validation of YAML documents, and the keys it documents per mapping.</summary>
    public static class JsonSchemaFile
    {
        private static readonly JsonSchema Schema = JsonSchema.FromFileAsync(RepoPaths.JsonSchema).GetAwaiter().GetResult();

        /// <summary>Every problem NJsonSchema finds in the YAML (nested ones flattened), as readable lines.</summary>
        public static IReadOnlyList<string> Validate(string yaml)
            => Flatten(Schema.Validate(YamlToJson.Convert(yaml))).Select(e => $"{e.Kind} at {e.Path}").ToList();

        /// <summary>The property names a mapping may have, by JSON pointer into the schema ("" for the root).</summary>
        public static IReadOnlyList<string> Keys(string pointer)
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(RepoPaths.JsonSchema));
            JsonElement element = doc.RootElement;
            foreach (string part in pointer.Split('/', System.StringSplitOptions.RemoveEmptyEntries))
                element = element.GetProperty(part);
            return element.GetProperty("properties").EnumerateObject().Select(p => p.Name).OrderBy(k => k, System.StringComparer.Ordinal).ToList();
        }

        private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
        {
            foreach (ValidationError error in errors)
            {
                yield return error;
                if (error is ChildSchemaValidationError child)
                    foreach (ValidationError inner in Flatten(child.Errors.SelectMany(e => e.Value)))
                        yield return inner;
            }
        }
    }
}
