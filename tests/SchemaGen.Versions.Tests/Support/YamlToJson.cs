using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SchemaGen.Versions.Tests.Support
{
    /// <summary>
    /// A YAML document as the JSON an editor's schema check sees: plain scalars typed by the YAML 1.2 core
    /// schema (null, booleans, integers, floats, else strings); quoted and block scalars are strings.
    /// </summary>
    public static class YamlToJson
    {
        private static readonly Regex Null = new("^(~|null|Null|NULL|)$");
        private static readonly Regex Bool = new("^(true|True|TRUE|false|False|FALSE)$");
        private static readonly Regex Int = new("^[-+]?[0-9]+$");
        private static readonly Regex Float = new("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");

        public static string Convert(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return (ToNode(stream.Documents[0].RootNode) ?? JsonValue.Create((string?)null)!).ToJsonString();
        }

        private static JsonNode? ToNode(YamlNode node) => node switch
        {
            YamlMappingNode map => new JsonObject(map.Children.Select(p => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(((YamlScalarNode)p.Key).Value!, ToNode(p.Value)))),
            YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToNode).ToArray()),
            YamlScalarNode scalar => Scalar(scalar),
            _ => throw new InvalidDataException("unsupported YAML node " + node.NodeType),
        };

        private static JsonNode? Scalar(YamlScalarNode scalar)
        {
            string value = scalar.Value ?? "";
            if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(value);
            if (Null.IsMatch(value)) return null;
            if (Bool.IsMatch(value)) return JsonValue.Create(value.ToLowerInvariant() == "true");
            if (Int.IsMatch(value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long n)) return JsonValue.Create(n);
            if (Float.IsMatch(value)) return JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
            return JsonValue.Create(value);
        }
    }
}
