using System.Linq;
using System.Text.RegularExpressions;
using SchemaGen.Schema.Versioning;
using Xunit;

namespace SchemaGen.Versions.Tests
{
    public class CatalogTests
    {
        [Fact]
        public void Rule_ids_are_unique_and_well_formed()
        {
            Assert.Equal(ChangeRules.All.Count, ChangeRules.All.Select(r => r.Id).Distinct().Count());
            foreach (ChangeRule rule in ChangeRules.All)
                Assert.Matches(new Regex("^SCH(-[A-Z]+)+$"), rule.Id);
        }

        [Fact]
        public void Every_rule_has_a_one_line_description()
        {
            foreach (ChangeRule rule in ChangeRules.All)
            {
                Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Id);
                Assert.DoesNotContain("\n", rule.Description);
                Assert.Same(rule, ChangeRules.Find(rule.Id));
            }
        }

        [Fact]
        public void Every_public_rule_field_is_listed_in_All()
        {
            var fields = typeof(ChangeRules).GetFields().Where(f => f.FieldType == typeof(ChangeRule)).Select(f => (ChangeRule)f.GetValue(null)!).ToList();
            Assert.Equal(fields.Count, ChangeRules.All.Count);
            Assert.All(fields, f => Assert.Contains(f, ChangeRules.All));
        }
    }
}
