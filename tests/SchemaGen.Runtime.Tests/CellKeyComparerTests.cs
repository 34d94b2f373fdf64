using System.Linq;
using SchemaGen.Runtime.Descriptors;
using SchemaGen.Runtime.Reading;
using Xunit;

namespace SchemaGen.Runtime.Tests
{
    public class CellKeyComparerTests
    {
        [Fact]
        public void The_cells_of_every_statutory_table_hash_apart_and_equal_keys_hash_alike()
        {
            // The hash reads a key's lengths and last characters only: the schemas' own cells must still spread, or every
            // lookup in a table's cells would walk a chain.
            int tables = 0;
            foreach (SchemaDescriptor schema in new[] { TestSchemas.V2019, TestSchemas.V2021 })
                foreach (TableDescriptor table in schema.Tables)
                {
                    var keys = table.LeafRows.SelectMany(r => table.LeafColumns.Select(c => (r.Path, c.Id))).ToList();
                    int distinct = keys.Select(k => CellKeyComparer.Instance.GetHashCode(k)).Distinct().Count();
                    Assert.True(distinct >= keys.Count * 0.98, $"{schema.Version} {table.Id}: {keys.Count} cells, {distinct} hash codes");
                    foreach (var key in keys)
                    {
                        var copy = (new string(key.Path.ToCharArray()), new string(key.Id.ToCharArray()));
                        Assert.True(CellKeyComparer.Instance.Equals(key, copy));
                        Assert.Equal(CellKeyComparer.Instance.GetHashCode(key), CellKeyComparer.Instance.GetHashCode(copy));
                    }
                    tables++;
                }
            Assert.True(tables >= 10, $"{tables} tables");
        }
    }
}
