using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.Indexer.Tests.Monitoring.Plans;

public sealed class TaskTableReaderTests
{
    private const string Table = "STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện\n"
        + "I | THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT TRONG LĨNH VỰC TRỌNG TÂM\n"
        + "1 | Khảo sát tình hình thi hành pháp luật về bảo vệ môi trường | Sở Nông nghiệp và Môi trường | trước ngày 30/9/2026\n"
        + "II | LĨNH VỰC ĐẤT ĐAI\n"
        + "2 | Kiểm tra việc thu hồi đất tại các xã | Sở Tư pháp | Quý III\n";

    [Fact]
    public void AGroupNamingAField_GivesItsTasksThatField_AndAFocusIsNoField()
    {
        var tasks = TaskTableReader.Read(Table, 2026);

        Assert.Equal(2, tasks.Count);
        Assert.Null(tasks[0].Field); // "lĩnh vực trọng tâm" says which fields, not one of them
        Assert.Equal("Đất đai", tasks[1].Field);
    }
}
