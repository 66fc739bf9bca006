using OutlookValueCheck.Api.Checks;

namespace OutlookValueCheck.Api.Tests.Checks;

/// <summary>Check ids are RFC 9562 version 7: time-ordered for the index, random enough not to be guessed.</summary>
public sealed class CheckIdsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void An_id_carries_version_7_the_RFC_variant_and_its_time_in_milliseconds()
    {
        var id = CheckIds.NewId(At);

        Assert.Equal(7, id.Version);
        Assert.Equal(0b10, id.Variant >> 2);
        var text = id.ToString("N");
        Assert.Equal(At.ToUnixTimeMilliseconds(), Convert.ToInt64(text[..12], 16));
    }

    [Fact]
    public void Ids_sort_by_time_and_do_not_repeat_across_many_refills_of_the_random_buffer()
    {
        var ids = Enumerable.Range(0, 5_000).Select(step => CheckIds.NewId(At.AddMilliseconds(step / 10))).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        for (var index = 10; index < ids.Count; index += 10)
            Assert.True(string.CompareOrdinal(ids[index - 1].ToString(), ids[index].ToString()) < 0, $"id {index} does not sort after id {index - 1}");
        // The random part is random: across 5,000 ids every value of a fully random byte shows up (all 256 appear
        // but for a chance of about one in a million).
        Assert.Equal(256, ids.Select(id => id.ToString("N")[18..20]).Distinct().Count());
    }
}
