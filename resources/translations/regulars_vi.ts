<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AnswerForm</name>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="178"/>
        <source>Suggested tags: {tags}</source>
        <translation>Thẻ gợi ý: {tags}</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="198"/>
        <source>Type a score from 0 to 10 first.</source>
        <translation>Hãy nhập điểm từ 0 đến 10 trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="210"/>
        <source>Pick the customer from the list, or clear the field for an anonymous answer.</source>
        <translation>Hãy chọn khách hàng trong danh sách, hoặc xóa trống ô này nếu câu trả lời không ghi tên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="221"/>
        <source>anonymous</source>
        <translation>khách không ghi tên</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/feedback/entry.py" line="222"/>
        <source>Saved: {score} from {who}. %n answers typed in this session.</source>
        <translation>
            <numerusform>Đã lưu: {score} điểm của {who}. Đã nhập %n câu trả lời trong lượt này.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="232"/>
        <source>Edit the answer</source>
        <translation>Sửa câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="232"/>
        <source>Quick entry of answers</source>
        <translation>Nhập nhanh câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="234"/>
        <source>Type the score, Tab, the customer&apos;s name, phone or code (arrows and Enter pick one; leave it empty for an anonymous card), Tab, the comment, then Enter to save and go to the next card.</source>
        <translation>Nhập điểm, nhấn Tab, gõ tên, số điện thoại hoặc mã khách hàng (dùng phím mũi tên và Enter để chọn; để trống nếu phiếu không ghi tên), nhấn Tab, nhập góp ý, rồi nhấn Enter để lưu và sang phiếu tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="236"/>
        <source>&amp;Score (0-10)</source>
        <translation>Đ&amp;iểm (0-10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="236"/>
        <source>C&amp;ustomer</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="236"/>
        <source>Co&amp;mment</source>
        <translation>&amp;Góp ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="236"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="237"/>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="237"/>
        <source>C&amp;hannel</source>
        <translation>Kên&amp;h</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="237"/>
        <source>S&amp;ource</source>
        <translation>N&amp;guồn</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="240"/>
        <source>Add the suggested tags</source>
        <translation>Gắn các thẻ gợi ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/entry.py" line="241"/>
        <source>Name, phone or customer code (optional)</source>
        <translation>Tên, số điện thoại hoặc mã khách hàng (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>Attribute</name>
    <message>
        <location filename="../../app/models/attributes.py" line="24"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="25"/>
        <source>Demographic</source>
        <translation>Nhân khẩu học</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="26"/>
        <source>Psychographic</source>
        <translation>Tâm lý học</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="27"/>
        <source>Behavioural</source>
        <translation>Hành vi</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="28"/>
        <source>Geographic</source>
        <translation>Địa lý</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="29"/>
        <source>Tags and notes</source>
        <translation>Nhãn và ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="63"/>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="64"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="65"/>
        <location filename="../../app/models/attributes.py" line="122"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="66"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="67"/>
        <source>Birthday</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="68"/>
        <source>Agrees to marketing messages</source>
        <translation>Đồng ý nhận tin tiếp thị</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="70"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="71"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="72"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="73"/>
        <location filename="../../app/models/attributes.py" line="84"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="75"/>
        <source>Age group</source>
        <translation>Nhóm tuổi</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="76"/>
        <source>Under 18</source>
        <translation>Dưới 18</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="79"/>
        <source>65 and over</source>
        <translation>Từ 65 trở lên</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="81"/>
        <source>Marital status</source>
        <translation>Tình trạng hôn nhân</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="82"/>
        <source>Single</source>
        <translation>Độc thân</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="83"/>
        <source>Married</source>
        <translation>Đã kết hôn</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="86"/>
        <source>Income</source>
        <translation>Thu nhập</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="87"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="88"/>
        <source>Middle</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="89"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="91"/>
        <source>Education</source>
        <translation>Học vấn</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="92"/>
        <source>Secondary school</source>
        <translation>Phổ thông</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="93"/>
        <source>Vocational</source>
        <translation>Trung cấp, cao đẳng nghề</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="94"/>
        <source>University</source>
        <translation>Đại học</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="95"/>
        <source>Postgraduate</source>
        <translation>Sau đại học</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="97"/>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="98"/>
        <source>Industry (business customers)</source>
        <translation>Ngành nghề (khách doanh nghiệp)</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="99"/>
        <source>Company size (business customers)</source>
        <translation>Quy mô công ty (khách doanh nghiệp)</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="100"/>
        <source>1–9 people</source>
        <translation>1–9 người</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="101"/>
        <source>10–49 people</source>
        <translation>10–49 người</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="102"/>
        <source>50–249 people</source>
        <translation>50–249 người</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="103"/>
        <source>250 people or more</source>
        <translation>Từ 250 người trở lên</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="106"/>
        <source>Lifestyle</source>
        <translation>Lối sống</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="107"/>
        <source>Attitudes</source>
        <translation>Thái độ</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="108"/>
        <source>Values</source>
        <translation>Giá trị sống</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="109"/>
        <source>Opinions</source>
        <translation>Quan điểm</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="110"/>
        <source>Interests</source>
        <translation>Sở thích</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="112"/>
        <source>What decides the purchase</source>
        <translation>Yếu tố quyết định mua hàng</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="113"/>
        <source>Price</source>
        <translation>Giá cả</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="114"/>
        <source>Convenience</source>
        <translation>Sự tiện lợi</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="115"/>
        <source>Brand</source>
        <translation>Thương hiệu</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="116"/>
        <source>Quality</source>
        <translation>Chất lượng</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="117"/>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="119"/>
        <source>Preferred channel</source>
        <translation>Kênh mua ưa thích</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="120"/>
        <source>In store</source>
        <translation>Tại cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="121"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="123"/>
        <source>Social media</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="124"/>
        <source>Marketplace</source>
        <translation>Sàn thương mại điện tử</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="126"/>
        <source>When they buy</source>
        <translation>Thời điểm mua hàng</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="127"/>
        <source>Regularly</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="128"/>
        <source>Seasonally</source>
        <translation>Theo mùa</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="129"/>
        <source>Special occasions</source>
        <translation>Dịp đặc biệt</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="132"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="133"/>
        <source>Province / state</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="134"/>
        <source>Region</source>
        <translation>Vùng miền</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="135"/>
        <source>District / suburb</source>
        <translation>Quận / huyện</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="136"/>
        <source>Postcode</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="137"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="138"/>
        <source>Distance from the shop (km)</source>
        <translation>Khoảng cách đến cửa hàng (km)</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="140"/>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../app/models/attributes.py" line="141"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../app/services/backups.py" line="112"/>
        <source>the copy failed its check</source>
        <translation>bản sao không qua được bước kiểm tra</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="156"/>
        <source>The backup of {name} could not be made in {folder} ({reason}); the shop file was not changed.</source>
        <translation>Không thể sao lưu {name} vào {folder} ({reason}); tệp cửa hàng không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="268"/>
        <location filename="../../app/services/backups.py" line="285"/>
        <source>The backup {name} is damaged and cannot be restored.</source>
        <translation>Bản sao lưu {name} bị hỏng và không thể khôi phục.</translation>
    </message>
    <message>
        <location filename="../../app/services/backups.py" line="277"/>
        <source>The backup {name} could not be restored ({reason}).</source>
        <translation>Không thể khôi phục bản sao lưu {name} ({reason}).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="198"/>
        <source>Backed up by you</source>
        <translation>Do bạn sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="199"/>
        <source>Before an update of the file</source>
        <translation>Trước khi cập nhật tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="200"/>
        <source>Before an import</source>
        <translation>Trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="201"/>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="202"/>
        <source>Before the demo was removed</source>
        <translation>Trước khi xóa dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="238"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="241"/>
        <source>Choose the backup to restore. The shop as it is now is backed up first, so you can come back to it.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Dữ liệu cửa hàng hiện tại sẽ được sao lưu trước, để bạn có thể quay lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="243"/>
        <source>This shop file has no backups yet.</source>
        <translation>Tệp cửa hàng này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="244"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="244"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="244"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="254"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="257"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>CardPalette</name>
    <message>
        <location filename="../../app/ui/journey/palette.py" line="41"/>
        <source>Drag a card onto the map, or double-click it to add it</source>
        <translation>Kéo thẻ vào bản đồ, hoặc nhấp đúp để thêm thẻ</translation>
    </message>
</context>
<context>
    <name>CardsDialog</name>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="201"/>
        <location filename="../../app/ui/feedback/dialogs.py" line="225"/>
        <source>Survey cards</source>
        <translation>Phiếu khảo sát</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="206"/>
        <source>survey cards</source>
        <translation>phieu khao sat</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="207"/>
        <source>Save the survey cards</source>
        <translation>Lưu phiếu khảo sát</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="207"/>
        <source>PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="220"/>
        <source>Saved the survey cards to {file}.</source>
        <translation>Đã lưu phiếu khảo sát vào {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="227"/>
        <source>A PDF of A6 cards, four per A4 page: your shop&apos;s name, the 0-10 question, room for a comment and for the customer&apos;s phone or code. With the link to your own online form, each card also has a QR code to it. Print, hand out, then type the answers in with Quick entry.</source>
        <translation>Tệp PDF gồm các phiếu khổ A6, bốn phiếu trên một trang A4: tên cửa hàng, câu hỏi chấm điểm 0-10, chỗ ghi góp ý và số điện thoại hoặc mã khách hàng. Nếu có đường dẫn tới biểu mẫu trực tuyến của bạn, mỗi phiếu có thêm mã QR dẫn tới đó. In ra, phát cho khách, rồi nhập lại câu trả lời bằng Nhập nhanh.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="230"/>
        <source>&amp;Language of the cards</source>
        <translation>&amp;Ngôn ngữ của phiếu</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="230"/>
        <source>&amp;Pages</source>
        <translation>Số &amp;trang</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="231"/>
        <source>&amp;Link to your online form (optional)</source>
        <translation>Đường &amp;dẫn tới biểu mẫu trực tuyến (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="149"/>
        <location filename="../../app/ui/segments/categories_page.py" line="261"/>
        <source>Buyers of a category</source>
        <translation>Người mua theo danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="158"/>
        <source>Bought in {category}</source>
        <translation>Đã mua trong danh mục {category}</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="163"/>
        <source>{ratio} ×</source>
        <translation>{ratio} lần</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="171"/>
        <location filename="../../app/ui/segments/categories_page.py" line="187"/>
        <location filename="../../app/ui/segments/categories_page.py" line="229"/>
        <source>Buyers of {category}</source>
        <translation>Người mua danh mục {category}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/segments/categories_page.py" line="181"/>
        <source>Each filter keeps fewer customers; when the average spend rises, the filter points at more valuable customers. Now: %n customers, spending {mean} on average.</source>
        <translation>
            <numerusform>Mỗi bộ lọc giữ lại ít khách hàng hơn; khi chi tiêu trung bình tăng lên, bộ lọc đang chỉ ra những khách hàng giá trị hơn. Hiện có: %n khách hàng, chi tiêu trung bình {mean}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/segments/categories_page.py" line="188"/>
        <source>Buyers of {category} after %n filters</source>
        <translation>
            <numerusform>Người mua danh mục {category} sau %n bộ lọc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="211"/>
        <source>Add a filter</source>
        <translation>Thêm bộ lọc</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="230"/>
        <location filename="../../app/ui/segments/categories_page.py" line="237"/>
        <source>Save as a segment</source>
        <translation>Lưu thành phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="230"/>
        <source>Name of the segment:</source>
        <translation>Tên phân khúc:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="242"/>
        <source>Saved the segment {name}.</source>
        <translation>Đã lưu phân khúc {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="246"/>
        <source>Categories as a way in to premium customers</source>
        <translation>Tìm khách hàng cao cấp qua danh mục sản phẩm</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="248"/>
        <source>Categories bought by many customers, or chosen for a first purchase, and what those customers are worth. Choose a category to build the list of its buyers.</source>
        <translation>Những danh mục được nhiều khách hàng mua, hoặc được chọn cho lần mua đầu tiên, và giá trị của những khách hàng đó. Chọn một danh mục để lập danh sách người mua.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="250"/>
        <source>Rank by:</source>
        <translation>Xếp hạng theo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="251"/>
        <source>number of buyers</source>
        <translation>số người mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="252"/>
        <source>number of first purchases</source>
        <translation>số lần mua đầu tiên</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="253"/>
        <source>Add a filter…</source>
        <translation>Thêm bộ lọc…</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="254"/>
        <source>Remove the last filter</source>
        <translation>Bỏ bộ lọc cuối</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="255"/>
        <source>Save as a segment…</source>
        <translation>Lưu thành phân khúc…</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="256"/>
        <source>Keep this list as a hand-made segment, updated as sales come in</source>
        <translation>Giữ danh sách này thành một phân khúc tự tạo, tự cập nhật khi có doanh số mới</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="133"/>
        <source>PNG image</source>
        <translation>Ảnh PNG</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="133"/>
        <source>SVG drawing</source>
        <translation>Hình vẽ SVG</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="134"/>
        <location filename="../../app/ui/segments/chart_view.py" line="140"/>
        <source>Export the chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="141"/>
        <source>The chart could not be saved to {file} ({reason}).</source>
        <translation>Không lưu được biểu đồ vào {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="145"/>
        <source>Saved the chart to {file}.</source>
        <translation>Đã lưu biểu đồ vào {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="149"/>
        <source>Drawing the chart…</source>
        <translation>Đang vẽ biểu đồ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="151"/>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="152"/>
        <source>Save this chart as a PNG image or an SVG drawing</source>
        <translation>Lưu biểu đồ này thành ảnh PNG hoặc hình vẽ SVG</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="153"/>
        <source>Save as PNG image…</source>
        <translation>Lưu thành ảnh PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="154"/>
        <source>Save as SVG drawing…</source>
        <translation>Lưu thành hình vẽ SVG…</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="13"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="14"/>
        <source>In progress</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="15"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="16"/>
        <source>Not relevant</source>
        <translation>Không liên quan</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="27"/>
        <source>Where you stand today</source>
        <translation>Đánh giá tình hình hiện tại của bạn</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="28"/>
        <source>8 things to do now to focus more on customers</source>
        <translation>8 điều cần làm ngay để tập trung hơn vào khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="29"/>
        <source>Check your progress</source>
        <translation>Kiểm tra tiến trình của bạn</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="30"/>
        <source>Review routines</source>
        <translation>Việc xem xét định kỳ</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="31"/>
        <source>Your own items</source>
        <translation>Việc của riêng bạn</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="46"/>
        <source>Do you claim to be customer-focused? For example, do your marketing messages and website say that customer service matters to you?</source>
        <translation>Bạn có tuyên bố là tập trung vào khách hàng? Ví dụ: thông điệp tiếp thị và trang web của bạn có nói rằng dịch vụ khách hàng rất quan trọng đối với bạn không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="49"/>
        <source>Do you behave in a customer-focused way? Are your actions (for example your processes and procedures) guided by your customers?</source>
        <translation>Bạn có cư xử theo cách hướng đến khách hàng không? Các hành động của bạn (ví dụ: quy trình và thủ tục của bạn) có được hướng dẫn bởi khách hàng của bạn không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="52"/>
        <source>Talk to friendly existing customers to find out why they like doing business with you and whether there are areas you could improve.</source>
        <translation>Nói chuyện với những khách hàng hiện tại thân thiện để tìm hiểu lý do tại sao họ thích hợp tác kinh doanh với bạn và liệu có những lĩnh vực mà bạn có thể cải thiện hay không.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="55"/>
        <source>Read the online ratings and reviews of your business. Could you make any changes to improve customer satisfaction?</source>
        <translation>Đọc xếp hạng và đánh giá trực tuyến về doanh nghiệp của bạn. Bạn có thể thực hiện bất kỳ thay đổi nào để cải thiện sự hài lòng của khách hàng không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="58"/>
        <source>Ask a friend to call, email or message your business with a question and give honest feedback about their experience.</source>
        <translation>Nhờ một người bạn gọi điện, gửi email hoặc nhắn tin cho doanh nghiệp của bạn để đặt câu hỏi và yêu cầu họ đưa ra phản hồi trung thực về trải nghiệm của họ.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="61"/>
        <source>Make sure all your inbound channels (for example phone, email and social media) answer customers&apos; questions quickly and professionally.</source>
        <translation>Đảm bảo tất cả các kênh gửi đến của bạn (ví dụ: điện thoại, email và phương tiện truyền thông xã hội) phản hồi nhanh chóng và chuyên nghiệp các truy vấn của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="64"/>
        <source>Encourage your staff to thank customers for their business in person; this could include a follow-up email.</source>
        <translation>Khuyến khích nhân viên của bạn trực tiếp cảm ơn khách hàng vì công việc kinh doanh của họ – điều này có thể bao gồm một email tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="67"/>
        <source>Contact your customers after a large purchase to check they are satisfied and ask for feedback.</source>
        <translation>Liên hệ với khách hàng của bạn sau khi mua hàng lớn để kiểm tra xem họ có hài lòng không và yêu cầu phản hồi.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="70"/>
        <source>Check that your initiatives (for example promotions) reward both new and existing customers, without upsetting loyal customers.</source>
        <translation>Kiểm tra xem các sáng kiến của bạn (ví dụ: khuyến mại) có thưởng cho khách hàng mới và khách hàng hiện tại không – không làm phiền lòng khách hàng trung thành.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="73"/>
        <source>Find the right balance between following your policies and procedures and being flexible, for example with special orders and extended opening hours.</source>
        <translation>Tìm sự cân bằng phù hợp giữa việc tuân thủ các chính sách và thủ tục kinh doanh và sự linh hoạt, chẳng hạn như các đơn đặt hàng đặc biệt và giờ mở cửa kéo dài.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="76"/>
        <source>We have clearly defined, known target segments.</source>
        <translation>Chúng tôi đã xác định rõ ràng và biết các phân khúc mục tiêu.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="78"/>
        <source>We regularly review and act on customer feedback.</source>
        <translation>Chúng tôi thường xuyên xem xét và hành động dựa trên phản hồi của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="80"/>
        <source>We consider customers when we make decisions.</source>
        <translation>Chúng tôi xem xét khách hàng khi chúng tôi đưa ra quyết định.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="82"/>
        <source>We actively manage and improve the customer experience.</source>
        <translation>Chúng tôi tích cực quản lý và cải thiện trải nghiệm của khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="84"/>
        <source>We plan and deliver personalised communication.</source>
        <translation>Chúng tôi lên kế hoạch và cung cấp thông tin liên lạc được cá nhân hóa.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="86"/>
        <source>Review and refine the personas.</source>
        <translation>Xem xét và hoàn thiện chân dung khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="88"/>
        <source>Review and update the journey maps.</source>
        <translation>Xem xét và cập nhật bản đồ hành trình khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="90"/>
        <source>Refresh the segments with the latest sales.</source>
        <translation>Cập nhật phân khúc với doanh số mới nhất.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/definitions.py" line="92"/>
        <source>Survey your customers (Net Promoter Score).</source>
        <translation>Khảo sát khách hàng (chỉ số NPS).</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/items.py" line="92"/>
        <source>There is no checklist item {key}.</source>
        <translation>Không có mục {key} trong danh sách việc cần làm.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/items.py" line="116"/>
        <source>{status} is not a checklist status.</source>
        <translation>{status} không phải là một trạng thái của danh sách việc cần làm.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/items.py" line="119"/>
        <location filename="../../app/services/checklist/items.py" line="146"/>
        <source>A checklist item needs a text.</source>
        <translation>Mỗi mục trong danh sách việc cần làm cần có nội dung.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="18"/>
        <source>Never</source>
        <translation>Không bao giờ</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="18"/>
        <source>Sometimes</source>
        <translation>Thỉnh thoảng</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="19"/>
        <source>Always</source>
        <translation>Luôn luôn</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="21"/>
        <source>Do you know which customers bring most of your revenue?</source>
        <translation>Bạn có biết những khách hàng nào mang lại phần lớn doanh thu không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="22"/>
        <source>Do you ask customers how likely they are to recommend you?</source>
        <translation>Bạn có hỏi khách hàng khả năng họ giới thiệu bạn cho người khác không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="23"/>
        <source>Do you change something after customers&apos; feedback?</source>
        <translation>Bạn có thay đổi điều gì sau phản hồi của khách hàng không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="24"/>
        <source>Do you contact customers after a large purchase?</source>
        <translation>Bạn có liên hệ với khách hàng sau khi họ mua hàng lớn không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="25"/>
        <source>Do your staff thank customers for their business?</source>
        <translation>Nhân viên của bạn có cảm ơn khách hàng đã mua hàng không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="26"/>
        <source>Are customers&apos; questions answered quickly on every channel?</source>
        <translation>Câu hỏi của khách hàng có được trả lời nhanh trên mọi kênh không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="27"/>
        <source>Do you think of your target customers when you decide?</source>
        <translation>Bạn có nghĩ đến khách hàng mục tiêu khi ra quyết định không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="28"/>
        <source>Do your messages speak to each customer personally?</source>
        <translation>Thông điệp của bạn có nói với từng khách hàng một cách cá nhân hóa không?</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="33"/>
        <source>Customers are not yet at the centre of how the shop works: start with the eight things to do now, one at a time.</source>
        <translation>Khách hàng chưa thật sự là trung tâm trong cách cửa hàng vận hành: hãy bắt đầu với tám việc cần làm ngay, từng việc một.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="35"/>
        <source>On the way: some habits are in place. Pick the questions answered &quot;never&quot; and make them &quot;sometimes&quot;.</source>
        <translation>Đang đi đúng hướng: một số thói quen đã có. Hãy chọn những câu trả lời &quot;không bao giờ&quot; và biến chúng thành &quot;thỉnh thoảng&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="37"/>
        <source>Customer-focused: keep it up, and check the answers that are not yet &quot;always&quot; with the progress check.</source>
        <translation>Lấy khách hàng làm trọng tâm: hãy duy trì, và xem lại những câu chưa đạt &quot;luôn luôn&quot; bằng bảng kiểm tra tiến độ.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz.py" line="58"/>
        <source>Answer every question of the quiz first.</source>
        <translation>Hãy trả lời mọi câu hỏi của bài kiểm tra trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="48"/>
        <source>No segment is marked as a target segment yet (Segments tab, Targeting).</source>
        <translation>Chưa có phân khúc nào được đánh dấu là phân khúc mục tiêu (thẻ Phân khúc, phần Nhắm mục tiêu).</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="51"/>
        <source>Target segments marked: {names}.</source>
        <translation>Các phân khúc mục tiêu đã đánh dấu: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="69"/>
        <source>This quarter {new} new customers bought, and returning customers brought {share} of the customers&apos; revenue: both are served.</source>
        <translation>Quý này có {new} khách hàng mới mua hàng, và khách hàng quay lại mang về {share} doanh thu từ khách hàng: cả hai nhóm đều được phục vụ.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="72"/>
        <source>This quarter {new} new customers bought, and returning customers brought {share} of the customers&apos; revenue: one of the two is not served well.</source>
        <translation>Quý này có {new} khách hàng mới mua hàng, và khách hàng quay lại mang về {share} doanh thu từ khách hàng: một trong hai nhóm chưa được phục vụ tốt.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="83"/>
        <source>There is no journey map yet.</source>
        <translation>Chưa có bản đồ hành trình nào.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="86"/>
        <source>{count} of {total} journey maps are due for review: {titles}.</source>
        <translation>{count} trên {total} bản đồ hành trình đã đến hạn xem xét: {titles}.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="90"/>
        <source>Every journey map was reviewed in the last 6 months (latest review {date}).</source>
        <translation>Mọi bản đồ hành trình đều đã được xem xét trong 6 tháng qua (lần gần nhất {date}).</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="99"/>
        <source>No sales have been imported yet.</source>
        <translation>Chưa nhập dữ liệu bán hàng nào.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="103"/>
        <source>The newest sale is from {date}: the segments are up to date.</source>
        <translation>Giao dịch mới nhất là ngày {date}: phân khúc đã được cập nhật.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="105"/>
        <source>The newest sale is from {date}: import the latest sales to refresh the segments.</source>
        <translation>Giao dịch mới nhất là ngày {date}: hãy nhập doanh số mới nhất để cập nhật phân khúc.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="115"/>
        <source>No improvement is planned on a journey map yet.</source>
        <translation>Chưa có cải tiến nào được lên kế hoạch trên bản đồ hành trình.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="120"/>
        <source>{done} of {total} improvements on the journey maps are done.</source>
        <translation>Đã hoàn thành {done} trên {total} cải tiến trên các bản đồ hành trình.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="122"/>
        <source>{total} improvements are planned on the journey maps; none is done yet.</source>
        <translation>Có {total} cải tiến được lên kế hoạch trên các bản đồ hành trình; chưa cải tiến nào hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="136"/>
        <source>No customer with a phone or e-mail has agreed to marketing messages yet.</source>
        <translation>Chưa có khách hàng nào có số điện thoại hoặc e-mail đồng ý nhận tin tiếp thị.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="138"/>
        <source>{count} customers ({share} of buyers) agreed to marketing messages and can be contacted personally.</source>
        <translation>{count} khách hàng ({share} số người mua) đã đồng ý nhận tin tiếp thị và có thể được liên hệ riêng.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="155"/>
        <source>No customer feedback is recorded yet (Feedback tab).</source>
        <translation>Chưa ghi nhận phản hồi nào của khách hàng (thẻ Phản hồi).</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="159"/>
        <source>The latest feedback is from {date}, more than 3 months ago.</source>
        <translation>Phản hồi gần nhất là ngày {date}, đã hơn 3 tháng trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="163"/>
        <source>The latest feedback is from {date}; {count} detractors&apos; follow-ups are still open.</source>
        <translation>Phản hồi gần nhất là ngày {date}; còn {count} người phản đối chưa được theo dõi xử lý xong.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="166"/>
        <source>The latest feedback is from {date} and every detractor&apos;s follow-up is resolved.</source>
        <translation>Phản hồi gần nhất là ngày {date} và mọi người phản đối đều đã được xử lý xong.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="179"/>
        <source>No large purchase of the last 30 days is waiting for feedback.</source>
        <translation>Không có đơn hàng lớn nào trong 30 ngày qua đang chờ phản hồi.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="181"/>
        <source>{count} large purchases of the last 30 days have no feedback yet, the latest on {date} (Overview, This week).</source>
        <translation>{count} đơn hàng lớn trong 30 ngày qua chưa có phản hồi, đơn gần nhất ngày {date} (Tổng quan, Tuần này).</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="194"/>
        <source>No survey answer is recorded yet.</source>
        <translation>Chưa ghi nhận câu trả lời khảo sát nào.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="197"/>
        <source>The latest survey answer is from {date}, more than 3 months ago: time for the next survey.</source>
        <translation>Câu trả lời khảo sát gần nhất là ngày {date}, đã hơn 3 tháng trước: đến lúc khảo sát lần tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="200"/>
        <source>The latest survey answer is from {date}: the quarterly survey is up to date.</source>
        <translation>Câu trả lời khảo sát gần nhất là ngày {date}: khảo sát hằng quý đang đúng hạn.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="216"/>
        <source>The latest review recorded is from {date}, more than 3 months ago.</source>
        <translation>Đánh giá gần nhất được ghi nhận là ngày {date}, đã hơn 3 tháng trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="219"/>
        <source>{count} reviews were recorded in the last 3 months (average score {mean} out of 10).</source>
        <translation>Đã ghi nhận {count} đánh giá trong 3 tháng qua (điểm trung bình {mean} trên 10).</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="230"/>
        <source>There is no persona yet.</source>
        <translation>Chưa có chân dung khách hàng nào.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="233"/>
        <source>{count} of {total} personas were not reviewed in the last 6 months: {names}.</source>
        <translation>{count} trên {total} chân dung khách hàng chưa được xem xét trong 6 tháng qua: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="238"/>
        <source>Every persona was written in the last 6 months.</source>
        <translation>Mọi chân dung khách hàng đều được viết trong 6 tháng qua.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/suggestions.py" line="240"/>
        <source>Every persona was reviewed or written in the last 6 months (latest review {date}).</source>
        <translation>Mọi chân dung khách hàng đều được xem xét hoặc viết trong 6 tháng qua (lần xem xét gần nhất ngày {date}).</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/swot.py" line="18"/>
        <source>Strengths</source>
        <translation>Điểm mạnh</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/swot.py" line="19"/>
        <source>Weaknesses</source>
        <translation>Điểm yếu</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/swot.py" line="20"/>
        <source>Opportunities</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/swot.py" line="21"/>
        <source>Threats</source>
        <translation>Thách thức</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/swot.py" line="51"/>
        <source>That SWOT note no longer exists.</source>
        <translation>Ghi chú SWOT này không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/swot.py" line="56"/>
        <source>A SWOT note needs a text.</source>
        <translation>Ghi chú SWOT cần có nội dung.</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/quiz_chart.py" line="37"/>
        <source>Quiz score over time</source>
        <translation>Điểm trắc nghiệm theo thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="46"/>
        <source>save the quiz result</source>
        <translation>lưu kết quả trắc nghiệm</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="37"/>
        <source>Add a strength and press Enter</source>
        <translation>Thêm một điểm mạnh rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="38"/>
        <source>Add a weakness and press Enter</source>
        <translation>Thêm một điểm yếu rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="39"/>
        <source>Add an opportunity and press Enter</source>
        <translation>Thêm một cơ hội rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="40"/>
        <source>Add a threat and press Enter</source>
        <translation>Thêm một thách thức rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="44"/>
        <source>What customers like about the shop, inside your control.</source>
        <translation>Điều khách hàng thích ở cửa hàng, trong tầm kiểm soát của bạn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="45"/>
        <source>What customers miss or complain about, inside your control.</source>
        <translation>Điều khách hàng còn thiếu hoặc phàn nàn, trong tầm kiểm soát của bạn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="46"/>
        <source>Outside chances: new customers, seasons, channels.</source>
        <translation>Cơ hội bên ngoài: khách hàng mới, mùa vụ, kênh bán hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="47"/>
        <source>Outside risks: competitors, prices, changing habits.</source>
        <translation>Rủi ro bên ngoài: đối thủ, giá cả, thói quen thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="57"/>
        <source>add a SWOT note</source>
        <translation>thêm ghi chú SWOT</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="76"/>
        <source>edit a SWOT note</source>
        <translation>sửa ghi chú SWOT</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="91"/>
        <source>move a SWOT note</source>
        <translation>chuyển ghi chú SWOT</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="106"/>
        <source>delete a SWOT note</source>
        <translation>xóa ghi chú SWOT</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="210"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="213"/>
        <source>Move to</source>
        <translation>Chuyển sang</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="219"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/undoable.py" line="35"/>
        <source>Cannot change the checklist</source>
        <translation>Không thể thay đổi danh mục kiểm tra</translation>
    </message>
</context>
<context>
    <name>ChecklistChart</name>
    <message>
        <location filename="../../app/services/checklist/charts.py" line="33"/>
        <source>All items</source>
        <translation>Tất cả các việc</translation>
    </message>
    <message>
        <location filename="../../app/services/checklist/charts.py" line="46"/>
        <source>Progress per section (% of items done)</source>
        <translation>Tiến độ theo từng phần (% số việc đã xong)</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../app/ui/checklist/commands.py" line="23"/>
        <source>Cannot change the checklist</source>
        <translation>Không thể thay đổi danh sách việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/commands.py" line="68"/>
        <source>new checklist item</source>
        <translation>thêm việc mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/commands.py" line="99"/>
        <source>deletion of a checklist item</source>
        <translation>xóa một việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="39"/>
        <location filename="../../app/ui/checklist/item_panel.py" line="210"/>
        <location filename="../../app/ui/checklist/items_page.py" line="157"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="39"/>
        <location filename="../../app/ui/checklist/item_panel.py" line="218"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="40"/>
        <location filename="../../app/ui/checklist/item_panel.py" line="215"/>
        <source>Who</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="40"/>
        <location filename="../../app/ui/checklist/item_panel.py" line="216"/>
        <source>Due date</source>
        <translation>Hạn chót</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="41"/>
        <location filename="../../app/ui/checklist/item_panel.py" line="217"/>
        <source>Date done</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="42"/>
        <source>Comes back every (months)</source>
        <translation>Lặp lại sau (tháng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="43"/>
        <location filename="../../app/ui/checklist/item_panel.py" line="211"/>
        <location filename="../../app/ui/checklist/items_page.py" line="97"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="63"/>
        <source>Comes back every month.</source>
        <translation>Lặp lại hằng tháng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="64"/>
        <source>Comes back every %n months.</source>
        <translation>Lặp lại sau mỗi %n tháng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="67"/>
        <source>Due again: done on {done}, the next round was due on {due}.</source>
        <translation>Đến hạn làm lại: đã làm ngày {done}, lần tiếp theo đến hạn ngày {due}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="71"/>
        <source>Next round due on {due}.</source>
        <translation>Lần tiếp theo đến hạn ngày {due}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="207"/>
        <source>Choose an item on the left to see its details, the evidence from your data and its history.</source>
        <translation>Chọn một việc ở bên trái để xem chi tiết, bằng chứng từ dữ liệu của bạn và lịch sử thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="209"/>
        <source>Accept this status</source>
        <translation>Chấp nhận trạng thái này</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="212"/>
        <location filename="../../app/ui/checklist/items_page.py" line="98"/>
        <source>Comes back every</source>
        <translation>Lặp lại sau</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="213"/>
        <location filename="../../app/ui/checklist/items_page.py" line="94"/>
        <source> months</source>
        <translation> tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="214"/>
        <location filename="../../app/ui/checklist/items_page.py" line="95"/>
        <source>never (one-off)</source>
        <translation>không lặp lại (làm một lần)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="219"/>
        <source>Set a due date</source>
        <translation>Đặt hạn chót</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="220"/>
        <source>Set the date it was done</source>
        <translation>Đặt ngày đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="221"/>
        <source>Who takes care of it</source>
        <translation>Ai phụ trách việc này</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="225"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="226"/>
        <source>Delete this item</source>
        <translation>Xóa việc này</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="227"/>
        <source>History of changes</source>
        <translation>Lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="228"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="228"/>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="265"/>
        <source>Import the latest sales…</source>
        <translation>Nhập dữ liệu bán hàng mới nhất…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="267"/>
        <source>Open the {tab} tab</source>
        <translation>Mở thẻ {tab}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="305"/>
        <source>Your data suggests: {status}</source>
        <translation>Dữ liệu của bạn gợi ý: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="321"/>
        <source>No changes yet.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="338"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="366"/>
        <source>change of a checklist item</source>
        <translation>thay đổi một việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="372"/>
        <source>checklist status</source>
        <translation>trạng thái của việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="384"/>
        <source>suggested checklist status</source>
        <translation>trạng thái được gợi ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/item_panel.py" line="392"/>
        <source>Item deleted. Edit &gt; Undo brings it back.</source>
        <translation>Đã xóa việc. Sửa &gt; Hoàn tác để lấy lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="54"/>
        <source>nothing to count</source>
        <translation>không có việc để tính</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="55"/>
        <source>{done} of {counted} done</source>
        <translation>đã xong {done}/{counted}</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="87"/>
        <source>Add your own item</source>
        <translation>Thêm việc của bạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="91"/>
        <source>For example: call the three biggest customers of the month</source>
        <translation>Ví dụ: gọi điện cho ba khách hàng mua nhiều nhất trong tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="156"/>
        <source>Add your own item…</source>
        <translation>Thêm việc của bạn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="157"/>
        <source>Item</source>
        <translation>Việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="158"/>
        <source>Your data suggests</source>
        <translation>Dữ liệu gợi ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="176"/>
        <source>Progress: {done} of {counted} items done</source>
        <translation>Tiến độ: đã xong {done}/{counted} việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="193"/>
        <source>No item of your own yet: add one with “Add your own item…”.</source>
        <translation>Bạn chưa có việc riêng nào: thêm bằng nút “Thêm việc của bạn…”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="205"/>
        <source>{status} (due again)</source>
        <translation>{status} (đến hạn làm lại)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/items_page.py" line="211"/>
        <source>agrees</source>
        <translation>khớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/progress_page.py" line="53"/>
        <source>Progress now (items that are not relevant are not counted)</source>
        <translation>Tiến độ hiện tại (không tính các việc không liên quan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/progress_page.py" line="57"/>
        <source>All items</source>
        <translation>Tất cả các việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/progress_page.py" line="78"/>
        <source>The chart starts with the first status you set on the checklist.</source>
        <translation>Biểu đồ bắt đầu từ trạng thái đầu tiên bạn đặt cho danh sách việc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/tab.py" line="31"/>
        <source>Customer-focus quiz</source>
        <translation>Trắc nghiệm tập trung vào khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/tab.py" line="32"/>
        <source>SWOT board</source>
        <translation>Bảng SWOT</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/tab.py" line="77"/>
        <source>Checklist</source>
        <translation>Danh sách việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/tab.py" line="78"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/tab.py" line="142"/>
        <location filename="../../app/ui/checklist/tab.py" line="165"/>
        <source>Reading what your data suggests</source>
        <translation>Đang đọc những gì dữ liệu của bạn gợi ý</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="193"/>
        <source>— not in this file —</source>
        <translation>— không có trong tệp này —</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="218"/>
        <source>Everything needed is chosen. Check the samples, then go on.</source>
        <translation>Đã chọn đủ những gì cần thiết. Hãy xem các giá trị mẫu rồi tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="226"/>
        <source>These are the columns you confirmed for a file like this one last time.</source>
        <translation>Đây là các cột bạn đã xác nhận cho một tệp giống tệp này ở lần trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="228"/>
        <source>Recognised: {preset}. The columns were chosen for you; check them below.</source>
        <translation>Đã nhận ra: {preset}. Các cột đã được chọn sẵn; hãy kiểm tra bên dưới.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="231"/>
        <source>The columns were matched by their titles. Check them below and choose any that were missed.</source>
        <translation>Các cột đã được ghép theo tiêu đề. Hãy kiểm tra bên dưới và chọn thêm những cột còn thiếu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="236"/>
        <source>The columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="237"/>
        <source>Tell Regulars which column holds what. Columns you leave out are not imported.</source>
        <translation>Cho Khách Quen biết cột nào chứa thông tin gì. Những cột bạn bỏ qua sẽ không được nhập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="238"/>
        <source>This file is:</source>
        <translation>Tệp này là:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="239"/>
        <source>a list of sales</source>
        <translation>danh sách bán hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="240"/>
        <source>a list of customers</source>
        <translation>danh sách khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="241"/>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="242"/>
        <source>Column in your file</source>
        <translation>Cột trong tệp của bạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="243"/>
        <source>Sample values</source>
        <translation>Giá trị mẫu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="244"/>
        <source>Dates are written:</source>
        <translation>Ngày được viết theo dạng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="245"/>
        <source>find out from the dates</source>
        <translation>tự nhận biết từ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="245"/>
        <source>day/month/year (31/12/2024)</source>
        <translation>ngày/tháng/năm (31/12/2024)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="246"/>
        <source>month/day/year (12/31/2024)</source>
        <translation>tháng/ngày/năm (12/31/2024)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/columns_page.py" line="246"/>
        <source>year-month-day (2024-12-31)</source>
        <translation>năm-tháng-ngày (2024-12-31)</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="651"/>
        <source>Fill in the value of the condition.</source>
        <translation>Hãy điền giá trị cho điều kiện.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="661"/>
        <source>Add a filter</source>
        <translation>Thêm bộ lọc</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="662"/>
        <source>Keep only the customers who also match this condition:</source>
        <translation>Chỉ giữ lại những khách hàng thỏa thêm điều kiện này:</translation>
    </message>
</context>
<context>
    <name>CustomerData</name>
    <message>
        <location filename="../../app/services/customer_data.py" line="57"/>
        <source>The file {name} must end in .csv or .xlsx.</source>
        <translation>Tên tệp {name} phải có đuôi .csv hoặc .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="63"/>
        <source>The file {name} could not be written ({error}).</source>
        <translation>Không ghi được tệp {name} ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="209"/>
        <source>First purchase</source>
        <translation>Lần mua đầu</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="210"/>
        <source>Last purchase</source>
        <translation>Lần mua gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="211"/>
        <source>Number of purchases</source>
        <translation>Số lần mua</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="212"/>
        <source>Purchase lines</source>
        <translation>Số dòng mua hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="213"/>
        <source>Total spent</source>
        <translation>Tổng chi tiêu</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="214"/>
        <source>Returns</source>
        <translation>Hàng trả lại</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="215"/>
        <source>Return lines</source>
        <translation>Số dòng trả hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="216"/>
        <source>Main channel</source>
        <translation>Kênh mua chính</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="217"/>
        <source>First category bought</source>
        <translation>Danh mục mua đầu</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="218"/>
        <source>Added to the shop file</source>
        <translation>Ngày thêm vào tệp cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="219"/>
        <source>Last changed</source>
        <translation>Lần sửa gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="220"/>
        <source>Exported</source>
        <translation>Ngày xuất</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="221"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="222"/>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="223"/>
        <source>Product code</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="224"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="225"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="226"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="227"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="228"/>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="229"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="230"/>
        <source>Branch</source>
        <translation>Chi nhánh</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="231"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="232"/>
        <source>Purchases</source>
        <translation>Lịch sử mua hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="233"/>
        <source>Feedback answers</source>
        <translation>Câu trả lời khảo sát</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="234"/>
        <source>Answered on</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="235"/>
        <source>Score (0-10)</source>
        <translation>Điểm (0-10)</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="236"/>
        <source>Comment</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="237"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="238"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="239"/>
        <source>Other records</source>
        <translation>Dữ liệu khác</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="240"/>
        <source>Added by the import of</source>
        <translation>Được thêm khi nhập tệp</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="241"/>
        <source>Kept in</source>
        <translation>Lưu trong</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="242"/>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="253"/>
        <location filename="../../app/services/customer_data.py" line="370"/>
        <location filename="../../app/services/customer_data.py" line="408"/>
        <source>This customer no longer exists in the shop file.</source>
        <translation>Khách hàng này không còn trong tệp cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="299"/>
        <source>The file {name} must end in .json or .xlsx.</source>
        <translation>Tên tệp {name} phải có đuôi .json hoặc .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="373"/>
        <source>The customer code {code} is already used by another customer.</source>
        <translation>Mã khách hàng {code} đã được dùng cho một khách hàng khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="472"/>
        <source>The backup {name} could not be cleaned ({reason}); it is unchanged.</source>
        <translation>Không thể xóa khách hàng khỏi bản sao lưu {name} ({reason}); bản sao lưu được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="477"/>
        <source>it is damaged</source>
        <translation>bản sao lưu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../app/services/customer_data.py" line="491"/>
        <source>the cleaned copy failed its check</source>
        <translation>bản đã làm sạch không qua được bước kiểm tra</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="325"/>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customers/detail.py" line="347"/>
        <source>Purchases (%n lines)</source>
        <translation>
            <numerusform>Lịch sử mua (%n dòng)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="350"/>
        <source>Choose a customer in the list to see their details.</source>
        <translation>Chọn một khách hàng trong danh sách để xem thông tin chi tiết.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="351"/>
        <source>Export this customer&apos;s data…</source>
        <translation>Xuất dữ liệu của khách hàng này…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="352"/>
        <source>Delete this customer…</source>
        <translation>Xóa khách hàng này…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="353"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="356"/>
        <source>First purchase</source>
        <translation>Lần mua đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="357"/>
        <source>Last purchase</source>
        <translation>Lần mua gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="358"/>
        <source>Purchases</source>
        <translation>Số lần mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="359"/>
        <source>Total spent</source>
        <translation>Tổng chi tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="360"/>
        <source>Average basket</source>
        <translation>Giá trị đơn trung bình</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="361"/>
        <source>Returns</source>
        <translation>Hàng trả lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="362"/>
        <source>Main channel</source>
        <translation>Kênh mua chính</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="363"/>
        <source>First category bought</source>
        <translation>Danh mục mua đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="379"/>
        <source>Words separated by commas, e.g. VIP, wholesale</source>
        <translation>Các từ cách nhau bằng dấu phẩy, ví dụ: VIP, khách sỉ</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/detail.py" line="381"/>
        <source>No date</source>
        <translation>Xóa ngày</translation>
    </message>
</context>
<context>
    <name>CustomerEdits</name>
    <message>
        <location filename="../../app/ui/customers/edits.py" line="29"/>
        <source>Cannot change this customer</source>
        <translation>Không thể sửa khách hàng này</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/edits.py" line="61"/>
        <source>change of {field} for {name}</source>
        <translation>thay đổi {field} của {name}</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../app/ui/customers/models.py" line="27"/>
        <source>Code</source>
        <translation>Mã KH</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="28"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="35"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="30"/>
        <source>Total spent</source>
        <translation>Tổng chi tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="31"/>
        <source>Purchases</source>
        <translation>Số lần mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="32"/>
        <source>Average basket</source>
        <translation>Giá trị đơn TB</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="33"/>
        <source>Last purchase</source>
        <translation>Lần mua gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="34"/>
        <source>First purchase</source>
        <translation>Lần mua đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="36"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message numerus="yes">
        <location filename="../../app/ui/customers/tab.py" line="221"/>
        <source>%n customers found</source>
        <translation>
            <numerusform>Tìm thấy %n khách hàng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customers/tab.py" line="223"/>
        <source>%n customers</source>
        <translation>
            <numerusform>%n khách hàng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="230"/>
        <source>This shop has no customers yet. Import your sales spreadsheet: every customer in it appears here, with their purchases.</source>
        <translation>Cửa hàng này chưa có khách hàng nào. Hãy nhập bảng tính bán hàng của bạn: mọi khách hàng trong đó sẽ hiện ở đây, cùng các lần mua hàng của họ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="232"/>
        <source>This shop has no customers yet.</source>
        <translation>Cửa hàng này chưa có khách hàng nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="250"/>
        <source>Export the customer list</source>
        <translation>Xuất danh sách khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="250"/>
        <source>customers</source>
        <translation>khach-hang</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="251"/>
        <source>CSV file</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="251"/>
        <location filename="../../app/ui/customers/tab.py" line="276"/>
        <source>Excel workbook</source>
        <translation>Sổ làm việc Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="257"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customers/tab.py" line="266"/>
        <source>Exported %n customers to {file}.</source>
        <translation>
            <numerusform>Đã xuất %n khách hàng vào {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="268"/>
        <source>Exporting customers</source>
        <translation>Đang xuất danh sách khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="275"/>
        <location filename="../../app/ui/customers/tab.py" line="284"/>
        <source>Export this customer&apos;s data</source>
        <translation>Xuất dữ liệu của khách hàng này</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="276"/>
        <source>JSON file</source>
        <translation>Tệp JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="286"/>
        <source>Saved the data of {name} to {file}.</source>
        <translation>Đã lưu dữ liệu của {name} vào {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="297"/>
        <location filename="../../app/ui/customers/tab.py" line="315"/>
        <location filename="../../app/ui/customers/tab.py" line="320"/>
        <source>Delete this customer</source>
        <translation>Xóa khách hàng này</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="298"/>
        <source>Delete {name} and everything the shop file holds about them?</source>
        <translation>Xóa {name} và mọi thông tin về khách hàng này trong tệp cửa hàng?</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="299"/>
        <source>Delete for good</source>
        <translation>Xóa vĩnh viễn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customers/tab.py" line="301"/>
        <source>Their %n sales lines stay in the shop&apos;s totals as sales without a customer. This cannot be undone; backups made before now still contain this customer.</source>
        <translation>
            <numerusform>%n dòng bán hàng của khách hàng này vẫn được tính vào tổng của cửa hàng như doanh số khách vãng lai. Thao tác này không thể hoàn tác; các bản sao lưu tạo trước lúc này vẫn chứa khách hàng này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customers/tab.py" line="310"/>
        <source>Deleted {name}; %n sales lines are now sales without a customer.</source>
        <translation>
            <numerusform>Đã xóa {name}; %n dòng bán hàng giờ được tính là doanh số khách vãng lai.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="322"/>
        <source>{name} is deleted. Another window is reading this shop file, so the last traces leave the file when the shop is closed.</source>
        <translation>Đã xóa {name}. Một cửa sổ khác đang đọc tệp cửa hàng này, nên những dấu vết cuối cùng sẽ được xóa khỏi tệp khi đóng cửa hàng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customers/tab.py" line="328"/>
        <source>Older backups still hold {name} until they rotate out (number of backups: %n).</source>
        <translation>
            <numerusform>Các bản sao lưu cũ vẫn còn chứa {name} cho đến khi chúng được thay bằng bản mới hơn (số bản sao lưu: %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="330"/>
        <source>Remove from the backups</source>
        <translation>Xóa khỏi các bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="330"/>
        <source>Keep the backups as they are</source>
        <translation>Giữ nguyên các bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="331"/>
        <source>Each backup is rewritten without this customer and checked again.</source>
        <translation>Mỗi bản sao lưu được ghi lại không có khách hàng này và được kiểm tra lại.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/customers/tab.py" line="341"/>
        <source>Removed {name} from the older backups (number of backups: %n).</source>
        <translation>
            <numerusform>Đã xóa {name} khỏi các bản sao lưu cũ (số bản sao lưu: %n).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="366"/>
        <source>Search by name, phone, email or customer code</source>
        <translation>Tìm theo tên, số điện thoại, email hoặc mã khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="367"/>
        <source>Export list…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="368"/>
        <source>Save the customers listed here to a CSV or Excel file</source>
        <translation>Lưu các khách hàng đang hiển thị vào tệp CSV hoặc Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/tab.py" line="369"/>
        <source>Import sales…</source>
        <translation>Nhập dữ liệu bán hàng…</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../app/services/demo.py" line="676"/>
        <source>The demo shop needs at least one customer.</source>
        <translation>Cửa hàng mẫu cần ít nhất một khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="715"/>
        <source>The demo can only fill an empty shop file.</source>
        <translation>Chỉ có thể nạp dữ liệu mẫu vào một tệp cửa hàng trống.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="819"/>
        <source>This shop holds your own data, not the demo, so nothing was removed.</source>
        <translation>Cửa hàng này chứa dữ liệu của chính bạn, không phải dữ liệu mẫu, nên không có gì bị xóa.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="46"/>
        <location filename="../../app/ui/dialogs.py" line="117"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="56"/>
        <location filename="../../app/ui/dialogs.py" line="116"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="118"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../app/ui/failures.py" line="38"/>
        <source>Sorry, something unexpected went wrong. Please copy the details and send them to whoever helps you with Regulars.</source>
        <translation>Rất tiếc, đã xảy ra lỗi ngoài dự kiến. Vui lòng sao chép chi tiết và gửi cho người đang hỗ trợ bạn dùng Khách Quen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/failures.py" line="70"/>
        <source>Log file: {path}</source>
        <translation>Tệp nhật ký: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/failures.py" line="71"/>
        <source>No log file is kept on this computer.</source>
        <translation>Máy tính này không lưu tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../app/ui/failures.py" line="75"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/failures.py" line="93"/>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/services/feedback/cards.py" line="61"/>
        <source>The survey link must start with http:// or https://.</source>
        <translation>Đường dẫn khảo sát phải bắt đầu bằng http:// hoặc https://.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/cards.py" line="64"/>
        <source>The survey link is too long for a QR code on a card.</source>
        <translation>Đường dẫn khảo sát quá dài để in thành mã QR trên phiếu.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/cards.py" line="162"/>
        <source>The card language must be vi or en.</source>
        <translation>Ngôn ngữ của phiếu phải là vi hoặc en.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/cards.py" line="164"/>
        <source>Print from 1 to 100 pages of cards.</source>
        <translation>Hãy in từ 1 đến 100 trang phiếu.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/cards.py" line="188"/>
        <source>The file {name} cannot be written: {reason}.</source>
        <translation>Không ghi được tệp {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="11"/>
        <source>In store</source>
        <translation>Tại cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="12"/>
        <location filename="../../app/services/feedback/importing.py" line="62"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="13"/>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="14"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="15"/>
        <location filename="../../app/services/feedback/importing.py" line="64"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="16"/>
        <source>Web form</source>
        <translation>Biểu mẫu web</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="19"/>
        <source>Survey</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="20"/>
        <source>Review</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="21"/>
        <source>Complaint</source>
        <translation>Khiếu nại</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="22"/>
        <source>Conversation</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="25"/>
        <location filename="../../app/services/segments/rules.py" line="92"/>
        <source>Promoter</source>
        <translation>Người ủng hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="26"/>
        <location filename="../../app/services/segments/rules.py" line="93"/>
        <source>Passive</source>
        <translation>Trung lập</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="27"/>
        <location filename="../../app/services/segments/rules.py" line="94"/>
        <source>Detractor</source>
        <translation>Người phản đối</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="30"/>
        <source>Call back (detractor)</source>
        <translation>Gọi lại (người phản đối)</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="31"/>
        <source>Ask for a review or referral (promoter)</source>
        <translation>Xin đánh giá hoặc giới thiệu (người ủng hộ)</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="32"/>
        <source>Ask after a large purchase</source>
        <translation>Hỏi thăm sau lần mua lớn</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="35"/>
        <source>To do</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="36"/>
        <source>Contacted</source>
        <translation>Đã liên hệ</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="37"/>
        <source>Resolved</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="40"/>
        <source>RFM segment</source>
        <translation>Phân khúc RFM</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="41"/>
        <location filename="../../app/services/feedback/followups.py" line="123"/>
        <source>Value tier</source>
        <translation>Hạng giá trị</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="42"/>
        <source>Premium or not</source>
        <translation>Cao cấp hay không</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="43"/>
        <location filename="../../app/services/feedback/importing.py" line="68"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="44"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="45"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="48"/>
        <source>Premium (VIP + Premium)</source>
        <translation>Cao cấp (VIP + Cao cấp)</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="49"/>
        <source>All other customers</source>
        <translation>Tất cả khách hàng khác</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/definitions.py" line="51"/>
        <source>No customer / not yet scored</source>
        <translation>Không ghi tên / chưa được chấm hạng</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="102"/>
        <source>Unknown follow-up status “{value}”.</source>
        <translation>Không rõ trạng thái theo dõi “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="122"/>
        <source>Follow-up</source>
        <translation>Việc theo dõi</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="122"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="123"/>
        <source>Code</source>
        <translation>Mã KH</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="124"/>
        <source>Total spend</source>
        <translation>Tổng chi tiêu</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="124"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="125"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="125"/>
        <source>Invoice total</source>
        <translation>Tổng hóa đơn</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="126"/>
        <location filename="../../app/services/feedback/importing.py" line="57"/>
        <source>Comment</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="126"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="127"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/followups.py" line="127"/>
        <source>Status date</source>
        <translation>Ngày cập nhật trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="51"/>
        <source>Date of the answer</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="54"/>
        <source>Score 0-10</source>
        <translation>Điểm 0-10</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="60"/>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="66"/>
        <source>Customer name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="69"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="74"/>
        <source>Google Forms</source>
        <translation>Google Forms</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="75"/>
        <source>Microsoft Forms</source>
        <translation>Microsoft Forms</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="76"/>
        <source>Other survey file</source>
        <translation>Tệp khảo sát khác</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="113"/>
        <source>Choose the column with the date of each answer.</source>
        <translation>Hãy chọn cột chứa ngày của mỗi câu trả lời.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="115"/>
        <source>Choose the column with the score from 0 to 10.</source>
        <translation>Hãy chọn cột chứa điểm từ 0 đến 10.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="214"/>
        <source>The file {file} was not imported: row {row}, column “{column}”: {problem} ({others} other rows have problems too).</source>
        <translation>Chưa nhập tệp {file}: dòng {row}, cột “{column}”: {problem} (còn {others} dòng khác cũng có lỗi).</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="218"/>
        <source>The file {file} was not imported: row {row}, column “{column}”: {problem}</source>
        <translation>Chưa nhập tệp {file}: dòng {row}, cột “{column}”: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="223"/>
        <source>the score “{value}” is not a whole number from 0 to 10.</source>
        <translation>điểm “{value}” không phải số nguyên từ 0 đến 10.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="224"/>
        <source>“{value}” is not a date.</source>
        <translation>“{value}” không phải là ngày.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="225"/>
        <source>the answer has a score but no date.</source>
        <translation>câu trả lời có điểm nhưng không có ngày.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/nps.py" line="32"/>
        <source>No answers yet, so there is no score.</source>
        <translation>Chưa có câu trả lời nào nên chưa có điểm.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/nps.py" line="33"/>
        <source>Too few answers to trust this score: it could be anywhere from {low} to {high}.</source>
        <translation>Quá ít câu trả lời để tin vào điểm này: điểm thật có thể nằm bất kỳ đâu từ {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/nps.py" line="34"/>
        <source>The margin of error is wide: the score could be anywhere from {low} to {high}.</source>
        <translation>Sai số còn lớn: điểm thật có thể nằm bất kỳ đâu từ {low} đến {high}.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/responses.py" line="48"/>
        <location filename="../../app/services/feedback/responses.py" line="51"/>
        <source>The score must be a whole number from 0 to 10, not “{value}”.</source>
        <translation>Điểm phải là số nguyên từ 0 đến 10, không phải “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/responses.py" line="68"/>
        <source>That customer no longer exists.</source>
        <translation>Khách hàng này không còn trong dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/responses.py" line="73"/>
        <source>A comment can have at most {count} characters.</source>
        <translation>Góp ý chỉ được dài tối đa {count} ký tự.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/responses.py" line="79"/>
        <source>Unknown {what} “{value}”.</source>
        <translation>Không rõ {what} “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/responses.py" line="91"/>
        <source>An answer needs a date and a score.</source>
        <translation>Câu trả lời cần có ngày và điểm.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/responses.py" line="102"/>
        <source>That answer no longer exists.</source>
        <translation>Câu trả lời này không còn trong dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="117"/>
        <source>A tag needs a name.</source>
        <translation>Thẻ cần có tên.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="119"/>
        <source>A tag name can have at most 60 characters.</source>
        <translation>Tên thẻ chỉ được dài tối đa 60 ký tự.</translation>
    </message>
</context>
<context>
    <name>FeedbackChart</name>
    <message>
        <location filename="../../app/services/feedback/charts.py" line="38"/>
        <location filename="../../app/services/feedback/charts.py" line="88"/>
        <source>No answers yet</source>
        <translation>Chưa có câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/charts.py" line="45"/>
        <source>95% interval</source>
        <translation>Khoảng tin cậy 95%</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/charts.py" line="62"/>
        <source>Hollow points: too few answers. ▲▼: a change larger than the noise.</source>
        <translation>Điểm rỗng: quá ít câu trả lời. ▲▼: thay đổi lớn hơn mức nhiễu.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/charts.py" line="101"/>
        <source>{count} answers</source>
        <translation>{count} câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/charts.py" line="113"/>
        <source>NPS with its 95% interval</source>
        <translation>NPS và khoảng tin cậy 95%</translation>
    </message>
</context>
<context>
    <name>FeedbackLinkDialog</name>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="56"/>
        <source>Link customers&apos; comments</source>
        <translation>Gắn bình luận của khách</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="60"/>
        <source>Search the comments</source>
        <translation>Tìm trong bình luận</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="52"/>
        <source>95% interval: {low} to {high}</source>
        <translation>Khoảng tin cậy 95%: từ {low} đến {high}</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="57"/>
        <source>Answers: {answers} · {promoters} promoters, {passives} passives, {detractors} detractors</source>
        <translation>Câu trả lời: {answers} · {promoters} người ủng hộ, {passives} trung lập, {detractors} người phản đối</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="94"/>
        <source>Cannot save this answer</source>
        <translation>Không lưu được câu trả lời này</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="101"/>
        <source>new answer</source>
        <translation>thêm câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="160"/>
        <source>import of answers from {file}</source>
        <translation>nhập câu trả lời từ {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="185"/>
        <source>Cannot undo the import of answers</source>
        <translation>Không hoàn tác được lần nhập câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="189"/>
        <source>change of an answer</source>
        <translation>sửa câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="195"/>
        <source>deletion of an answer</source>
        <translation>xóa câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="197"/>
        <source>Cannot delete this answer</source>
        <translation>Không xóa được câu trả lời này</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="202"/>
        <source>follow-up status</source>
        <translation>trạng thái theo dõi</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/common.py" line="205"/>
        <source>Cannot save the follow-up</source>
        <translation>Không lưu được việc theo dõi</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="68"/>
        <location filename="../../app/ui/feedback/tab.py" line="80"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="69"/>
        <location filename="../../app/ui/feedback/tab.py" line="81"/>
        <location filename="../../app/ui/feedback/tab.py" line="92"/>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="70"/>
        <location filename="../../app/ui/feedback/tab.py" line="85"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="71"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="72"/>
        <location filename="../../app/ui/feedback/tab.py" line="87"/>
        <source>Comment</source>
        <translation>Góp ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="73"/>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="74"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="75"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="76"/>
        <location filename="../../app/ui/feedback/tab.py" line="83"/>
        <location filename="../../app/ui/feedback/tab.py" line="92"/>
        <source>Value tier</source>
        <translation>Hạng giá trị</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="78"/>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="78"/>
        <location filename="../../app/ui/feedback/tab.py" line="568"/>
        <source>Answers</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="78"/>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="82"/>
        <source>Code</source>
        <translation>Mã KH</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="84"/>
        <source>Total spend</source>
        <translation>Tổng chi tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="86"/>
        <source>Invoice total</source>
        <translation>Tổng hóa đơn</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="88"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="89"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="90"/>
        <source>Status date</source>
        <translation>Ngày cập nhật</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="92"/>
        <source>Last score</source>
        <translation>Điểm gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="93"/>
        <source>Answered</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="93"/>
        <source>Revenue, last 12 months</source>
        <translation>Doanh thu 12 tháng qua</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="365"/>
        <source>Premium customers (VIP and Premium) and the others: not enough answers from both groups to compare them yet.</source>
        <translation>Khách hàng cao cấp (VIP và Cao cấp) và các khách hàng khác: chưa đủ câu trả lời từ cả hai nhóm để so sánh.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="367"/>
        <source>Premium customers (VIP and Premium): {premium} from {n1} answers. All other customers: {rest} from {n2} answers.</source>
        <translation>Khách hàng cao cấp (VIP và Cao cấp): {premium} từ {n1} câu trả lời. Tất cả khách hàng khác: {rest} từ {n2} câu trả lời.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="374"/>
        <source>The gap of {gap} points is larger than the noise (±{margin}): it is real.</source>
        <translation>Chênh lệch {gap} điểm lớn hơn mức nhiễu (±{margin}): đây là khác biệt thật.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="376"/>
        <source>The gap of {gap} points is within the noise (±{margin}): it may be chance.</source>
        <translation>Chênh lệch {gap} điểm nằm trong mức nhiễu (±{margin}): có thể chỉ là ngẫu nhiên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="427"/>
        <source>The newest {shown} of {total} answers.</source>
        <translation>{shown} câu trả lời mới nhất trong tổng số {total}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="437"/>
        <source>Click a tag to read its comments.</source>
        <translation>Nhấp vào một thẻ để đọc các góp ý của thẻ đó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/feedback/tab.py" line="449"/>
        <source>Comments tagged “{tag}”: %n</source>
        <translation>
            <numerusform>Góp ý có thẻ “{tag}”: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="458"/>
        <source>Revenue at risk: {total} spent over the last 12 months by customers whose latest answer is a detractor&apos;s, of which {premium} by premium customers.</source>
        <translation>Doanh thu có nguy cơ mất: {total} là chi tiêu trong 12 tháng qua của những khách có câu trả lời gần nhất thuộc nhóm phản đối, trong đó {premium} từ khách hàng cao cấp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="501"/>
        <source>Deleted the answer (Edit &gt; Undo puts it back).</source>
        <translation>Đã xóa câu trả lời (Sửa &gt; Hoàn tác để khôi phục).</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="509"/>
        <source>Imported {added} answers ({duplicates} were already there).</source>
        <translation>Đã nhập {added} câu trả lời ({duplicates} câu đã có từ trước).</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="522"/>
        <location filename="../../app/ui/feedback/tab.py" line="577"/>
        <source>Tag from keywords</source>
        <translation>Gắn thẻ theo từ khóa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/feedback/tab.py" line="523"/>
        <source>Tagged %n answers.</source>
        <translation>
            <numerusform>Đã gắn thẻ cho %n câu trả lời.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="540"/>
        <location filename="../../app/ui/feedback/tab.py" line="547"/>
        <source>Export the follow-up list</source>
        <translation>Xuất danh sách theo dõi</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="540"/>
        <source>follow-ups</source>
        <translation>danh sach theo doi</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="541"/>
        <source>Excel workbook</source>
        <translation>Sổ làm việc Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="541"/>
        <source>CSV file</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="550"/>
        <source>Saved the follow-up list to {file}.</source>
        <translation>Đã lưu danh sách theo dõi vào {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="558"/>
        <source>Net Promoter Score (% promoters 9-10 minus % detractors 0-6)</source>
        <translation>Chỉ số NPS (% người ủng hộ 9-10 trừ % người phản đối 0-6)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="559"/>
        <source>Latest answer per customer</source>
        <translation>Chỉ tính câu trả lời mới nhất của mỗi khách</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="560"/>
        <source>Count each customer once, with their newest answer (anonymous answers all count).</source>
        <translation>Mỗi khách chỉ được tính một lần, theo câu trả lời mới nhất (các câu trả lời không ghi tên đều được tính).</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="561"/>
        <source>&amp;Over time by</source>
        <translation>&amp;Theo thời gian:</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="564"/>
        <source>Quick entry…</source>
        <translation>Nhập nhanh…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="565"/>
        <source>Type a stack of paper survey cards with the keyboard (Ctrl+Shift+N)</source>
        <translation>Nhập cả xấp phiếu khảo sát giấy chỉ bằng bàn phím (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="566"/>
        <source>Import answers…</source>
        <translation>Nhập câu trả lời từ tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="567"/>
        <source>Survey cards…</source>
        <translation>Phiếu khảo sát…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="568"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="568"/>
        <source>Themes</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="568"/>
        <source>Follow-up</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="570"/>
        <source>&amp;Split by</source>
        <translation>&amp;Chia theo</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="573"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="574"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="575"/>
        <source>Most frequent tags among detractors (0-6)</source>
        <translation>Thẻ thường gặp nhất ở người phản đối (0-6)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="576"/>
        <source>Most frequent tags among promoters (9-10)</source>
        <translation>Thẻ thường gặp nhất ở người ủng hộ (9-10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="578"/>
        <source>Give every untagged comment the tags its words suggest</source>
        <translation>Gắn cho mọi góp ý chưa có thẻ các thẻ mà từ ngữ của nó gợi ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="579"/>
        <source>New tag…</source>
        <translation>Thẻ mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="582"/>
        <source>Revenue at risk</source>
        <translation>Doanh thu có nguy cơ mất</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="585"/>
        <source>Note: what was said or done</source>
        <translation>Ghi chú: đã nói gì hoặc làm gì</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="586"/>
        <source>Save status</source>
        <translation>Lưu trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/tab.py" line="587"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
</context>
<context>
    <name>FeedbackTheme</name>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="41"/>
        <source>Slow delivery</source>
        <translation>Giao hàng chậm</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="44"/>
        <source>Long wait</source>
        <translation>Chờ lâu</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="46"/>
        <source>Price</source>
        <translation>Giá cả</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="49"/>
        <source>Friendly staff</source>
        <translation>Nhân viên thân thiện</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="52"/>
        <source>Unfriendly service</source>
        <translation>Thái độ phục vụ</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="54"/>
        <source>Tasty products</source>
        <translation>Sản phẩm ngon</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="56"/>
        <source>Quality problem</source>
        <translation>Chất lượng chưa tốt</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="59"/>
        <source>Packaging</source>
        <translation>Đóng gói</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="61"/>
        <source>Shop and atmosphere</source>
        <translation>Không gian quán</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/tags.py" line="63"/>
        <source>Wrong or missing item</source>
        <translation>Giao nhầm món</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="144"/>
        <source>Reading the file was stopped. Choose the file again to import it.</source>
        <translation>Đã dừng đọc tệp. Hãy chọn lại tệp để nhập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="157"/>
        <source>Choose a sales or customer spreadsheet</source>
        <translation>Chọn bảng tính bán hàng hoặc khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="158"/>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods *.htm *.html);;All files (*)</source>
        <translation>Bảng tính (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods *.htm *.html);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="175"/>
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="185"/>
        <source>Reading the sheet {sheet}…</source>
        <translation>Đang đọc trang tính {sheet}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="196"/>
        <source>Reading the headers on row {row}…</source>
        <translation>Đang đọc tiêu đề ở dòng {row}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="246"/>
        <source>Choose the spreadsheet with your sales, or a list of customers.</source>
        <translation>Chọn bảng tính chứa dữ liệu bán hàng, hoặc danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="248"/>
        <source>File: {file}</source>
        <translation>Tệp: {file}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="270"/>
        <source>about {count} rows below the header</source>
        <translation>khoảng {count} dòng dưới dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="273"/>
        <source>{count} rows below the header</source>
        <translation>{count} dòng dưới dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="318"/>
        <source>The file</source>
        <translation>Tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="319"/>
        <source>Check that the file was read correctly and that the highlighted row holds the column titles.</source>
        <translation>Kiểm tra xem tệp đã được đọc đúng chưa và dòng được tô sáng có chứa tiêu đề các cột không.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="321"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="322"/>
        <source>Kind of file:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="323"/>
        <source>Text encoding:</source>
        <translation>Bảng mã:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="324"/>
        <source>Columns separated by:</source>
        <translation>Các cột cách nhau bằng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="325"/>
        <source>Rows:</source>
        <translation>Số dòng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="326"/>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="327"/>
        <source>Header row:</source>
        <translation>Dòng tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="328"/>
        <source>The row with the column titles, numbered as in your spreadsheet. You can also double-click a row below.</source>
        <translation>Dòng chứa tiêu đề các cột, đánh số như trong bảng tính của bạn. Bạn cũng có thể nhấp đúp vào một dòng bên dưới.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/file_page.py" line="330"/>
        <source>The first rows of the sheet:</source>
        <translation>Các dòng đầu của trang tính:</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../app/services/file_checks.py" line="33"/>
        <location filename="../../app/services/file_checks.py" line="66"/>
        <source>{path} is inside a file, not inside a folder.</source>
        <translation>{path} nằm trong một tệp, không phải trong một thư mục.</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="36"/>
        <location filename="../../app/services/file_checks.py" line="72"/>
        <source>The name {name} is too long for this disk; choose a shorter one.</source>
        <translation>Tên {name} quá dài đối với ổ đĩa này; hãy chọn tên ngắn hơn.</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="38"/>
        <source>{path} cannot be used ({reason}).</source>
        <translation>Không thể dùng {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="54"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} là một thư mục; hãy chọn một tên tệp.</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="56"/>
        <source>{path} is not an ordinary file (a pipe or a device); choose another name.</source>
        <translation>{path} không phải là tệp thông thường (đó là một đường ống hoặc một thiết bị); hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="64"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Thư mục {folder} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="75"/>
        <source>The folder {folder} cannot be written to.</source>
        <translation>Không thể ghi vào thư mục {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="84"/>
        <source>The file {path} does not exist.</source>
        <translation>Tệp {path} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="86"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} là một thư mục, không phải một tệp.</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="88"/>
        <source>{path} is not an ordinary file (a pipe or a device).</source>
        <translation>{path} không phải là tệp thông thường (đó là một đường ống hoặc một thiết bị).</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="93"/>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>Không thể đọc tệp {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/file_checks.py" line="114"/>
        <source>The file {name} cannot be written: {reason}.</source>
        <translation>Không ghi được tệp {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="86"/>
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/services/importing/errors.py" line="49"/>
        <location filename="../../app/ui/import_assistant/texts.py" line="129"/>
        <source>row {row}, column “{column}”: {message}</source>
        <translation>dòng {row}, cột “{column}”: {message}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/errors.py" line="73"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Đã hủy việc nhập dữ liệu; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/errors.py" line="86"/>
        <source>The file {file} has numbers like “{value}” in the column “{column}” that could mean {whole} or {decimal}; choose how to read them.</source>
        <translation>Tệp {file} có các số như “{value}” ở cột “{column}”, có thể hiểu là {whole} hoặc {decimal}; hãy chọn cách đọc các số này.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="30"/>
        <location filename="../../app/services/importing/runner.py" line="59"/>
        <source>Checking the rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="247"/>
        <source>The file {file} was not imported: {problem}.</source>
        <translation>Tệp {file} chưa được nhập: {problem}.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="249"/>
        <source>The file {file} was not imported: {problem}; one more row has a problem ({next}).</source>
        <translation>Tệp {file} chưa được nhập: {problem}; còn một dòng khác có lỗi ({next}).</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="252"/>
        <source>The file {file} was not imported: {problem}; {others} more rows have problems, the next ones at {next}.</source>
        <translation>Tệp {file} chưa được nhập: {problem}; còn {others} dòng khác có lỗi, các lỗi tiếp theo ở {next}.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="460"/>
        <source>“{value}” is not a time of day.</source>
        <translation>“{value}” không phải là giờ trong ngày.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="462"/>
        <source>the date is missing.</source>
        <translation>thiếu ngày.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="465"/>
        <source>“{value}” is not a date.</source>
        <translation>“{value}” không phải là ngày.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="474"/>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” không phải là số.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="478"/>
        <source>“{value}” is too large to be right.</source>
        <translation>“{value}” lớn đến mức không thể đúng.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="490"/>
        <source>there is no amount, and no quantity and unit price.</source>
        <translation>không có thành tiền, cũng không có số lượng và đơn giá.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="510"/>
        <source>the amount is too large.</source>
        <translation>số tiền quá lớn.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/lines.py" line="606"/>
        <source>The file {file} mixes currencies ({first} in row {first_row}, {second} in row {second_row}); import the amounts of one currency at a time.</source>
        <translation>Tệp {file} trộn lẫn nhiều loại tiền ({first} ở dòng {first_row}, {second} ở dòng {second_row}); hãy nhập số tiền của từng loại tiền một.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/mapping.py" line="57"/>
        <source>Choose the column with the date of each sale.</source>
        <translation>Hãy chọn cột chứa ngày của mỗi lần bán.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/mapping.py" line="59"/>
        <source>Choose the column with the amount of each sale, or the quantity and unit price columns.</source>
        <translation>Hãy chọn cột chứa thành tiền của mỗi lần bán, hoặc các cột số lượng và đơn giá.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/mapping.py" line="62"/>
        <source>Choose the column with the customer code, phone, e-mail or name.</source>
        <translation>Hãy chọn cột chứa mã khách hàng, số điện thoại, email hoặc tên.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="127"/>
        <location filename="../../app/services/importing/mapping.py" line="77"/>
        <source>The mapping is not valid JSON.</source>
        <translation>Bảng ghép cột không phải là JSON hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="129"/>
        <location filename="../../app/services/importing/mapping.py" line="79"/>
        <source>The mapping must be a JSON object with a “columns” object of field: header.</source>
        <translation>Bảng ghép cột phải là một đối tượng JSON có đối tượng “columns” dạng trường: tiêu đề cột.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/mapping.py" line="83"/>
        <source>The mapping kind must be “sales” or “customers”.</source>
        <translation>Loại của bảng ghép cột phải là “sales” hoặc “customers”.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="133"/>
        <location filename="../../app/services/importing/mapping.py" line="87"/>
        <source>The mapping names an unknown field “{field}”.</source>
        <translation>Bảng ghép cột có trường không xác định “{field}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="137"/>
        <location filename="../../app/services/importing/mapping.py" line="93"/>
        <source>The date order must be dmy, mdy or ymd.</source>
        <translation>Thứ tự ngày phải là dmy, mdy hoặc ymd.</translation>
    </message>
    <message>
        <location filename="../../app/services/feedback/importing.py" line="249"/>
        <location filename="../../app/services/importing/mapping.py" line="102"/>
        <source>The file {file} has no column “{column}” (mapped to {field}).</source>
        <translation>Tệp {file} không có cột “{column}” (được ghép với {field}).</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/mapping.py" line="174"/>
        <source>There is no preset called “{preset}”; use one of: {names}.</source>
        <translation>Không có mẫu nào tên là “{preset}”; hãy dùng một trong các mẫu: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="60"/>
        <source>Backing up the shop…</source>
        <translation>Đang sao lưu cửa hàng…</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="61"/>
        <source>Saving the sales lines…</source>
        <translation>Đang lưu các dòng bán hàng…</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="62"/>
        <source>Saving the customers…</source>
        <translation>Đang lưu khách hàng…</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="63"/>
        <source>Updating the customer figures…</source>
        <translation>Đang cập nhật số liệu khách hàng…</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="207"/>
        <source>The file {file} cannot be imported yet: {what}</source>
        <translation>Chưa thể nhập tệp {file}: {what}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="273"/>
        <source>the row has no customer code, phone, e-mail or name.</source>
        <translation>dòng này không có mã khách hàng, số điện thoại, email hay tên.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="468"/>
        <source>The shop file could not be written ({reason}); nothing was changed.</source>
        <translation>Không ghi được tệp cửa hàng ({reason}); không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="511"/>
        <source>The file {file} has no rows of sales to import.</source>
        <translation>Tệp {file} không có dòng bán hàng nào để nhập.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="626"/>
        <source>The amounts in {file} are in {file_currency} but this shop keeps its figures in {shop_currency}; nothing was imported.</source>
        <translation>Số tiền trong {file} tính bằng {file_currency} nhưng cửa hàng này ghi số liệu bằng {shop_currency}; chưa nhập gì cả.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="649"/>
        <source>The file {file} cannot be read any more.</source>
        <translation>Không còn đọc được tệp {file}.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="652"/>
        <source>The file {file} changed since it was opened; open it again to import it.</source>
        <translation>Tệp {file} đã thay đổi kể từ lúc mở; hãy mở lại tệp để nhập.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="846"/>
        <source>There is no import number {number}.</source>
        <translation>Không có lần nhập số {number}.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="848"/>
        <source>The import of {file} was already undone.</source>
        <translation>Lần nhập tệp {file} đã được hoàn tác trước đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="871"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/runner.py" line="885"/>
        <source>The rejected rows could not be saved to {file} ({reason}).</source>
        <translation>Không lưu được các dòng bị loại vào {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="76"/>
        <source>The file {file} has no column “{column}”.</source>
        <translation>Tệp {file} không có cột “{column}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="101"/>
        <source>The file {file} does not exist.</source>
        <translation>Tệp {file} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="103"/>
        <source>{file} is a folder, not a spreadsheet.</source>
        <translation>{file} là một thư mục, không phải bảng tính.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="110"/>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation>Không đọc được tệp {file} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="113"/>
        <source>The file {file} is empty.</source>
        <translation>Tệp {file} trống.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="120"/>
        <location filename="../../app/services/importing/sources.py" line="439"/>
        <location filename="../../app/services/importing/sources.py" line="491"/>
        <location filename="../../app/services/importing/sources.py" line="586"/>
        <location filename="../../app/services/importing/sources.py" line="621"/>
        <location filename="../../app/services/importing/sources.py" line="639"/>
        <location filename="../../app/services/importing/sources.py" line="871"/>
        <location filename="../../app/services/importing/sources.py" line="907"/>
        <location filename="../../app/services/importing/table.py" line="682"/>
        <source>The workbook {file} is damaged or incomplete.</source>
        <translation>Sổ làm việc {file} bị hỏng hoặc không đầy đủ.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="127"/>
        <source>The file {file} is a web page table of more than {limit} MB, more than Regulars reads from a web page at once; open it in Excel or LibreOffice, save it as .xlsx or CSV and import that file.</source>
        <translation>Tệp {file} là một bảng trang web lớn hơn {limit} MB, quá mức Khách Quen đọc được từ một trang web trong một lần; hãy mở tệp bằng Excel hoặc LibreOffice, lưu thành .xlsx hoặc CSV rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="133"/>
        <source>The file {file} is an Excel 2003 XML spreadsheet; open it in Excel or LibreOffice and save it as .xlsx, then import that file.</source>
        <translation>Tệp {file} là bảng tính XML của Excel 2003; hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="143"/>
        <source>The file {file} has no sheet “{sheet}”.</source>
        <translation>Tệp {file} không có trang tính “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="157"/>
        <source>Row {row} cannot be the header row: choose one of the first {count} rows.</source>
        <translation>Dòng {row} không thể là dòng tiêu đề: hãy chọn một trong {count} dòng đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="206"/>
        <location filename="../../app/services/importing/sources.py" line="1110"/>
        <source>The file {file} has no table with column headers.</source>
        <translation>Tệp {file} không có bảng nào có tiêu đề cột.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="242"/>
        <source>Column {number}</source>
        <translation>Cột {number}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="334"/>
        <location filename="../../app/services/importing/sources.py" line="349"/>
        <location filename="../../app/services/importing/sources.py" line="374"/>
        <source>The file {file} is not a spreadsheet or a text table.</source>
        <translation>Tệp {file} không phải là bảng tính hay bảng văn bản.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="445"/>
        <source>The file {file} unpacks to far more data than a spreadsheet holds; it was not opened.</source>
        <translation>Tệp {file} khi giải nén chứa nhiều dữ liệu hơn hẳn một bảng tính thông thường; tệp đã không được mở.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="459"/>
        <source>The file {file} is not a spreadsheet (it is another kind of zip file).</source>
        <translation>Tệp {file} không phải là bảng tính (đây là một loại tệp zip khác).</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="463"/>
        <location filename="../../app/services/importing/sources.py" line="494"/>
        <source>The workbook {file} has no sheets.</source>
        <translation>Sổ làm việc {file} không có trang tính nào.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="481"/>
        <source>The workbook {file} has no sheet with a table of data.</source>
        <translation>Sổ làm việc {file} không có trang tính nào chứa bảng dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="487"/>
        <location filename="../../app/services/importing/sources.py" line="583"/>
        <source>The workbook {file} is protected by a password; save it without a password and import that copy.</source>
        <translation>Sổ làm việc {file} được bảo vệ bằng mật khẩu; hãy lưu một bản không có mật khẩu rồi nhập bản đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="743"/>
        <source>The file {file} has more than {limit} rows, the most a spreadsheet sheet holds; split it (for example by month) and import the parts one after the other.</source>
        <translation>Tệp {file} có hơn {limit} dòng, nhiều hơn số dòng tối đa của một trang tính; hãy tách tệp ra (ví dụ theo tháng) rồi nhập lần lượt từng phần.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="794"/>
        <source>The sheet “{sheet}” of {file} holds more than {limit} cells (rows × columns), more than Regulars reads from a workbook at once; save the sheet as CSV (or delete the columns you do not need) and import that file.</source>
        <translation>Trang tính “{sheet}” của {file} có hơn {limit} ô (dòng × cột), nhiều hơn số ô Khách Quen đọc được một lần từ một bảng tính; hãy lưu trang tính thành tệp CSV (hoặc xóa các cột không cần) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/sources.py" line="1111"/>
        <source>Table {number}</source>
        <translation>Bảng {number}</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/table.py" line="56"/>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/table.py" line="352"/>
        <location filename="../../app/services/importing/table.py" line="361"/>
        <source>The file {file} mixes text encodings; save it again as UTF-8 and import that copy.</source>
        <translation>Tệp {file} dùng lẫn nhiều bảng mã; hãy lưu lại dưới dạng UTF-8 rồi nhập bản đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/table.py" line="378"/>
        <location filename="../../app/services/importing/table.py" line="441"/>
        <location filename="../../app/services/importing/table.py" line="445"/>
        <source>The file {file} cannot be read as a table: {reason}.</source>
        <translation>Không đọc được tệp {file} dưới dạng bảng: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/table.py" line="384"/>
        <source>row {row} has {saw} cells where the header has {expected}</source>
        <translation>dòng {row} có {saw} ô trong khi dòng tiêu đề có {expected} ô</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/invoices.py" line="67"/>
        <source>“{choice}” is not a choice for invoices already in the shop: use keep, replace or add.</source>
        <translation>“{choice}” không phải là một lựa chọn cho các hóa đơn đã có trong cửa hàng: hãy dùng keep, replace hoặc add.</translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="81"/>
        <location filename="../../app/ui/feedback/dialogs.py" line="150"/>
        <source>Import answers</source>
        <translation>Nhập câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="82"/>
        <source>Spreadsheets (*.csv *.txt *.xlsx *.xls *.ods)</source>
        <translation>Bảng tính (*.csv *.txt *.xlsx *.xls *.ods)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="100"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="106"/>
        <source>Recognised: {preset}. Check the columns, then import.</source>
        <translation>Đã nhận ra: {preset}. Hãy kiểm tra các cột rồi nhập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="125"/>
        <source>No file chosen yet.</source>
        <translation>Chưa chọn tệp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="137"/>
        <source>Importing answers</source>
        <translation>Đang nhập câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="151"/>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="155"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="145"/>
        <source>Next file</source>
        <translation>Tệp tiếp theo</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="145"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="147"/>
        <source>Import sales – file {number} of {count}</source>
        <translation>Nhập dữ liệu bán hàng – tệp {number}/{count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="150"/>
        <location filename="../../app/ui/import_assistant/extension.py" line="35"/>
        <source>Import sales</source>
        <translation>Nhập dữ liệu bán hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="154"/>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="155"/>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="156"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="157"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="158"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/assistant.py" line="159"/>
        <source>Skip this file</source>
        <translation>Bỏ qua tệp này</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/extension.py" line="36"/>
        <source>This shop file is open read-only, so sales cannot be imported into it.</source>
        <translation>Tệp cửa hàng này đang mở ở chế độ chỉ đọc nên không thể nhập dữ liệu bán hàng vào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/extension.py" line="68"/>
        <source>Import sales…</source>
        <translation>Nhập dữ liệu bán hàng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/extension.py" line="71"/>
        <source>Import history…</source>
        <translation>Lịch sử nhập dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="23"/>
        <source>Text file with columns (CSV)</source>
        <translation>Tệp văn bản dạng cột (CSV)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="24"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Sổ làm việc Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="25"/>
        <source>Excel 97–2003 workbook (.xls)</source>
        <translation>Sổ làm việc Excel 97–2003 (.xls)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="26"/>
        <source>OpenDocument spreadsheet (.ods)</source>
        <translation>Bảng tính OpenDocument (.ods)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="27"/>
        <source>Web page table saved as an Excel file</source>
        <translation>Bảng trang web được lưu thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="34"/>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="35"/>
        <source>Unicode (UTF-8 with a byte-order mark)</source>
        <translation>Unicode (UTF-8 có dấu BOM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="36"/>
        <source>Unicode (UTF-16, Excel “Unicode Text”)</source>
        <translation>Unicode (UTF-16, “Unicode Text” của Excel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="37"/>
        <source>Vietnamese Windows (Windows-1258)</source>
        <translation>Tiếng Việt Windows (Windows-1258)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="38"/>
        <source>Western Windows (Windows-1252)</source>
        <translation>Tây Âu Windows (Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="45"/>
        <source>comma ( , )</source>
        <translation>dấu phẩy ( , )</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="46"/>
        <source>semicolon ( ; )</source>
        <translation>dấu chấm phẩy ( ; )</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="47"/>
        <source>tab</source>
        <translation>phím tab</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="48"/>
        <source>vertical bar ( | )</source>
        <translation>dấu gạch đứng ( | )</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="49"/>
        <source>spaces (one or more)</source>
        <translation>dấu cách (một hay nhiều)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="56"/>
        <source>day/month/year</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="57"/>
        <source>month/day/year</source>
        <translation>tháng/ngày/năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="58"/>
        <source>year-month-day</source>
        <translation>năm-tháng-ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="59"/>
        <source>Excel date numbers</source>
        <translation>ngày dạng số của Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="60"/>
        <source>dates stored as dates in the workbook</source>
        <translation>ngày được lưu sẵn dạng ngày trong sổ làm việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="63"/>
        <source>no dates read</source>
        <translation>chưa đọc được ngày nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="69"/>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="70"/>
        <source>Already in the shop</source>
        <translation>Đã có trong cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="71"/>
        <source>Invoice already in the shop</source>
        <translation>Hóa đơn đã có trong cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="72"/>
        <source>Cancelled order</source>
        <translation>Đơn đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="73"/>
        <source>Return</source>
        <translation>Trả hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="74"/>
        <source>Problem</source>
        <translation>Có lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="110"/>
        <source>Row {row}, column “{column}”: {message}</source>
        <translation>Dòng {row}, cột “{column}”: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="112"/>
        <source>Row {row}: {message}</source>
        <translation>Dòng {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/texts.py" line="119"/>
        <source>Column “{column}”: {message}</source>
        <translation>Cột “{column}”: {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/widgets.py" line="132"/>
        <source>{name} - rejected rows.csv</source>
        <translation>{name} - dòng bị loại.csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/widgets.py" line="135"/>
        <source>Save the rejected rows</source>
        <translation>Lưu các dòng bị loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/widgets.py" line="136"/>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../../app/services/importing/fields.py" line="50"/>
        <source>Date of sale</source>
        <translation>Ngày bán</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="54"/>
        <source>Time of sale</source>
        <translation>Giờ bán</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="56"/>
        <source>Invoice / order number</source>
        <translation>Số hóa đơn / mã đơn hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="61"/>
        <source>Customer code</source>
        <translation>Mã khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="64"/>
        <source>Customer name</source>
        <translation>Tên khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="67"/>
        <source>First name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="69"/>
        <source>Last name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="71"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="74"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="76"/>
        <source>Product code</source>
        <translation>Mã hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="79"/>
        <source>Product name</source>
        <translation>Tên hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="82"/>
        <source>Product category</source>
        <translation>Danh mục (nhóm hàng)</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="85"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="87"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="90"/>
        <source>Line amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="94"/>
        <source>Discount</source>
        <translation>Giảm giá</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="96"/>
        <source>Currency</source>
        <translation>Tiền tệ</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="98"/>
        <source>Status (cancelled, refund)</source>
        <translation>Trạng thái (đã hủy, hoàn tiền)</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="100"/>
        <source>Cancelled at</source>
        <translation>Thời gian hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="102"/>
        <source>Sales channel</source>
        <translation>Kênh bán</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="104"/>
        <source>Branch / store</source>
        <translation>Chi nhánh / cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="106"/>
        <source>Birthday</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="108"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="110"/>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="112"/>
        <source>Province / state</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="115"/>
        <source>District / suburb</source>
        <translation>Quận / huyện</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="118"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="121"/>
        <source>Postcode</source>
        <translation>Mã bưu chính</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="123"/>
        <source>Agrees to marketing</source>
        <translation>Đồng ý nhận tiếp thị</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="125"/>
        <source>Tags / customer group</source>
        <translation>Nhãn / nhóm khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/fields.py" line="127"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="110"/>
        <source>Customer list</source>
        <translation>Danh sách khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="112"/>
        <source>Sales list</source>
        <translation>Danh sách bán hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="118"/>
        <source>Undone on {date}</source>
        <translation>Đã hoàn tác ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="119"/>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="156"/>
        <location filename="../../app/ui/import_assistant/history.py" line="203"/>
        <source>Undo this import</source>
        <translation>Hoàn tác lần nhập này</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="157"/>
        <source>Undo the import of {file} from {date}?</source>
        <translation>Hoàn tác lần nhập tệp {file} ngày {date}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="159"/>
        <source>Undo the import</source>
        <translation>Hoàn tác lần nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="159"/>
        <source>Keep it</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="160"/>
        <source>Its {count} sales lines are removed, and the customers it created that have no other sales. Details it added to known customers are put back as they were.</source>
        <translation>{count} dòng bán hàng của lần nhập này sẽ bị xóa, cùng với những khách hàng do lần nhập này tạo ra mà không có giao dịch nào khác. Thông tin đã bổ sung cho khách hàng cũ sẽ được trả về như trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="165"/>
        <source>Undoing the import</source>
        <translation>Đang hoàn tác lần nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="189"/>
        <source>The import of {file} was undone.</source>
        <translation>Đã hoàn tác lần nhập tệp {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="194"/>
        <source>Import history</source>
        <translation>Lịch sử nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="197"/>
        <source>Every import into this shop, newest first. Undoing an import removes what it added.</source>
        <translation>Mọi lần nhập dữ liệu vào cửa hàng này, mới nhất ở trên. Hoàn tác một lần nhập sẽ xóa những gì lần nhập đó đã thêm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="199"/>
        <source>Nothing has been imported into this shop yet.</source>
        <translation>Chưa có dữ liệu nào được nhập vào cửa hàng này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="201"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="201"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="201"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="201"/>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="201"/>
        <source>Lines added</source>
        <translation>Dòng đã thêm</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="202"/>
        <source>Duplicates</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="202"/>
        <source>Rejected</source>
        <translation>Bị loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="202"/>
        <source>Customers added</source>
        <translation>Khách hàng đã thêm</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/history.py" line="202"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>ImportPreset</name>
    <message>
        <location filename="../../app/services/importing/presets.py" line="47"/>
        <source>KiotViet: invoice details</source>
        <translation>KiotViet: chi tiết hóa đơn</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/presets.py" line="58"/>
        <source>KiotViet: invoice list</source>
        <translation>KiotViet: danh sách hóa đơn</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/presets.py" line="69"/>
        <source>KiotViet: customer list</source>
        <translation>KiotViet: danh sách khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/presets.py" line="78"/>
        <source>Shopify: orders</source>
        <translation>Shopify: đơn hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/presets.py" line="90"/>
        <source>Shopify: customers</source>
        <translation>Shopify: khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/presets.py" line="102"/>
        <source>Square: transactions</source>
        <translation>Square: giao dịch</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/presets.py" line="110"/>
        <source>UCI Online Retail</source>
        <translation>UCI Online Retail</translation>
    </message>
    <message>
        <location filename="../../app/services/importing/presets.py" line="118"/>
        <source>Generic sales list</source>
        <translation>Danh sách bán hàng thông thường</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../app/ui/workers.py" line="116"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workers.py" line="140"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <location filename="../../app/services/journey/document.py" line="26"/>
        <source>Customer actions</source>
        <translation>Hành động của khách</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="27"/>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="28"/>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="29"/>
        <source>Touchpoints and channels</source>
        <translation>Điểm chạm và kênh</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="30"/>
        <source>Feelings</source>
        <translation>Cảm xúc</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="31"/>
        <source>Pain points</source>
        <translation>Điểm đau</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="32"/>
        <source>Opportunities and improvements</source>
        <translation>Cơ hội và cải tiến</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="33"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="41"/>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="42"/>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="43"/>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="44"/>
        <source>Touchpoint</source>
        <translation>Điểm chạm</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="45"/>
        <source>Feeling</source>
        <translation>Cảm xúc</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="46"/>
        <source>Pain point</source>
        <translation>Điểm đau</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="47"/>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="48"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="52"/>
        <source>Store</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="53"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="54"/>
        <source>Fan page</source>
        <translation>Fan page</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="55"/>
        <source>Zalo / chat</source>
        <translation>Zalo / chat</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="56"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="57"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="58"/>
        <source>Social media</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="59"/>
        <source>Marketing</source>
        <translation>Tiếp thị</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="63"/>
        <source>From the shop&apos;s data</source>
        <translation>Từ dữ liệu cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="64"/>
        <source>From customer feedback</source>
        <translation>Từ phản hồi của khách</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="65"/>
        <source>An assumption</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="69"/>
        <source>Short term</source>
        <translation>Ngắn hạn</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="70"/>
        <source>Medium term</source>
        <translation>Trung hạn</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="71"/>
        <source>Long term</source>
        <translation>Dài hạn</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="75"/>
        <source>To do</source>
        <translation>Cần làm</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="76"/>
        <source>In progress</source>
        <translation>Đang làm</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/document.py" line="77"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/io.py" line="114"/>
        <location filename="../../app/services/journey/io.py" line="196"/>
        <location filename="../../app/services/journey/io.py" line="215"/>
        <source>This file is not a Regulars journey map.</source>
        <translation>Tệp này không phải là bản đồ hành trình của Khách Quen.</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/io.py" line="118"/>
        <source>This journey map was written in format version {version}, which this version of Regulars cannot read.</source>
        <translation>Bản đồ hành trình này được ghi theo định dạng phiên bản {version}, phiên bản Khách Quen này không đọc được.</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/io.py" line="124"/>
        <source>This journey map is damaged ({detail}); nothing was read.</source>
        <translation>Bản đồ hành trình này bị hỏng ({detail}); chưa đọc gì cả.</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/io.py" line="206"/>
        <source>The file {name} is too large to be a journey map.</source>
        <translation>Tệp {name} quá lớn để là một bản đồ hành trình.</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/io.py" line="210"/>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>Không đọc được tệp {name}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/store.py" line="37"/>
        <source>There is no journey map number {id} in this shop.</source>
        <translation>Cửa hàng này không có bản đồ hành trình số {id}.</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/store.py" line="83"/>
        <source>That template no longer exists.</source>
        <translation>Mẫu đó không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/store.py" line="127"/>
        <source>A template needs a name.</source>
        <translation>Mẫu cần có tên.</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/templates.py" line="18"/>
        <source>Six-stage journey (awareness to advocacy)</source>
        <translation>Hành trình sáu giai đoạn (từ nhận biết đến giới thiệu)</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/templates.py" line="19"/>
        <source>Lifecycle stages (awareness to retention)</source>
        <translation>Các giai đoạn vòng đời (từ nhận biết đến giữ chân)</translation>
    </message>
    <message>
        <location filename="../../app/services/journey/templates.py" line="20"/>
        <source>Blank map</source>
        <translation>Bản đồ trống</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/model.py" line="51"/>
        <source>Save the journey map</source>
        <translation>Lưu bản đồ hành trình</translation>
    </message>
</context>
<context>
    <name>JourneyCommands</name>
    <message>
        <location filename="../../app/ui/journey/scene.py" line="401"/>
        <source>Move %n card(s)</source>
        <translation>Di chuyển %n thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/scene.py" line="513"/>
        <source>Edit card text</source>
        <translation>Sửa nội dung thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/scene.py" line="540"/>
        <source>Delete %n card(s)</source>
        <translation>Xóa %n thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/scene.py" line="612"/>
        <source>Paste %n card(s)</source>
        <translation>Dán %n thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="777"/>
        <source>Delete map “{title}”</source>
        <translation>Xóa bản đồ “{title}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="20"/>
        <source>Add card</source>
        <translation>Thêm thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="39"/>
        <source>Delete cards</source>
        <translation>Xóa thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="56"/>
        <source>Move cards</source>
        <translation>Di chuyển thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="71"/>
        <source>Edit card</source>
        <translation>Sửa thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="87"/>
        <source>Change feeling</source>
        <translation>Đổi cảm xúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="101"/>
        <source>Add stage</source>
        <translation>Thêm giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="113"/>
        <source>Delete stage</source>
        <translation>Xóa giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="126"/>
        <source>Add lane</source>
        <translation>Thêm hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="138"/>
        <source>Delete lane</source>
        <translation>Xóa hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="153"/>
        <source>Move stage</source>
        <translation>Di chuyển giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/commands.py" line="153"/>
        <source>Move lane</source>
        <translation>Di chuyển hàng</translation>
    </message>
</context>
<context>
    <name>JourneyInspector</name>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="223"/>
        <source>Not said</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="232"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="232"/>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="232"/>
        <source>Severity (1-4)</source>
        <translation>Mức độ (1-4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="232"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="233"/>
        <source>Evidence</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="235"/>
        <source>An improvement to make</source>
        <translation>Một cải tiến cần làm</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="236"/>
        <source>Horizon</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="236"/>
        <source>Impact (1-3)</source>
        <translation>Tác động (1-3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="236"/>
        <source>Effort (1-3)</source>
        <translation>Công sức (1-3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="237"/>
        <source>Who</source>
        <translation>Ai làm</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="237"/>
        <source>How</source>
        <translation>Làm thế nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="237"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="237"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="238"/>
        <source>Answers</source>
        <translation>Giải quyết</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="240"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="240"/>
        <source>Personas</source>
        <translation>Chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="240"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="241"/>
        <source>Last reviewed</source>
        <translation>Xem lại lần cuối</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="243"/>
        <source>Mark as reviewed</source>
        <translation>Đánh dấu đã xem lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="244"/>
        <source>Evidence from feedback</source>
        <translation>Căn cứ từ phản hồi</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="245"/>
        <source>Link customers&apos; comments…</source>
        <translation>Gắn bình luận của khách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="246"/>
        <source>Drag cards from the palette onto the map. Double-click a card to edit its text, double-click the feelings band to add a point, drag headers to reorder stages and lanes.</source>
        <translation>Kéo thẻ từ bảng thẻ vào bản đồ. Nhấp đúp vào thẻ để sửa nội dung, nhấp đúp vào dải cảm xúc để thêm điểm, kéo tiêu đề để sắp xếp lại giai đoạn và hàng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/journey/inspector.py" line="320"/>
        <source>%n comment(s) linked</source>
        <translation>
            <numerusform>Đã gắn %n bình luận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/journey/inspector.py" line="321"/>
        <source>%n customer(s) said something similar</source>
        <translation>
            <numerusform>%n khách đã nói điều tương tự</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="351"/>
        <source>No personas yet: create them in the Personas tab.</source>
        <translation>Chưa có chân dung khách hàng: hãy tạo trong thẻ Chân dung khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="359"/>
        <source>{date} (review due)</source>
        <translation>{date} (đã đến hạn xem lại)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="361"/>
        <source>Never</source>
        <translation>Chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="388"/>
        <source>Make an improvement</source>
        <translation>Biến thành cải tiến</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="391"/>
        <source>Remove the improvement</source>
        <translation>Bỏ cải tiến</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="403"/>
        <source>Edit improvement</source>
        <translation>Sửa cải tiến</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="425"/>
        <source>Rename map</source>
        <translation>Đổi tên bản đồ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/inspector.py" line="430"/>
        <source>Link personas</source>
        <translation>Gắn chân dung khách hàng</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="270"/>
        <source>Journey maps</source>
        <translation>Bản đồ hành trình</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="271"/>
        <source>New…</source>
        <translation>Mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="272"/>
        <location filename="../../app/ui/journey/tab.py" line="611"/>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="273"/>
        <location filename="../../app/ui/journey/tab.py" line="613"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="274"/>
        <source>Import a map (.json)…</source>
        <translation>Nhập bản đồ (.json)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="275"/>
        <source>Actual journey</source>
        <translation>Hành trình thực tế</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="275"/>
        <source>Ideal journey</source>
        <translation>Hành trình lý tưởng</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="276"/>
        <source>Actual and ideal side by side</source>
        <translation>Thực tế và lý tưởng cạnh nhau</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="278"/>
        <source>Show the other journey&apos;s feelings</source>
        <translation>Hiện cảm xúc của hành trình kia</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="279"/>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="280"/>
        <source>Fit the map to the window (Ctrl+0); Ctrl+wheel zooms</source>
        <translation>Thu bản đồ vừa cửa sổ (Ctrl+0); Ctrl+lăn chuột để phóng to/thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="281"/>
        <source>+ Stage</source>
        <translation>+ Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="282"/>
        <source>+ Lane</source>
        <translation>+ Hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="283"/>
        <source>Hidden</source>
        <translation>Đang ẩn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="284"/>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="285"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="285"/>
        <source>PNG picture…</source>
        <translation>Ảnh PNG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="285"/>
        <source>SVG drawing…</source>
        <translation>Hình SVG…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="286"/>
        <source>Map file to share (.json)…</source>
        <translation>Tệp bản đồ để chia sẻ (.json)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="288"/>
        <location filename="../../app/ui/journey/tab.py" line="612"/>
        <source>Save as a template…</source>
        <translation>Lưu làm mẫu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="289"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="290"/>
        <source>Biggest gaps</source>
        <translation>Khoảng cách lớn nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="291"/>
        <source>Improvements (all maps)</source>
        <translation>Cải tiến (mọi bản đồ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="292"/>
        <location filename="../../app/ui/journey/tab.py" line="296"/>
        <location filename="../../app/ui/journey/tab.py" line="762"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="292"/>
        <source>Feeling gap</source>
        <translation>Chênh lệch cảm xúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="293"/>
        <source>Pain points with no improvement</source>
        <translation>Điểm đau chưa có cải tiến</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="294"/>
        <source>Touchpoints missing from the actual journey</source>
        <translation>Điểm chạm còn thiếu trong hành trình thực tế</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="296"/>
        <location filename="../../app/ui/journey/tab.py" line="763"/>
        <source>Quick win</source>
        <translation>Thắng nhanh</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="296"/>
        <location filename="../../app/ui/journey/tab.py" line="762"/>
        <source>Improvement</source>
        <translation>Cải tiến</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="296"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="296"/>
        <location filename="../../app/ui/journey/tab.py" line="762"/>
        <source>Horizon</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="297"/>
        <source>Impact</source>
        <translation>Tác động</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="297"/>
        <source>Effort</source>
        <translation>Công sức</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="297"/>
        <location filename="../../app/ui/journey/tab.py" line="764"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="298"/>
        <source>Export the improvements…</source>
        <translation>Xuất danh sách cải tiến…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="353"/>
        <source>All personas</source>
        <translation>Mọi chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="376"/>
        <source>Not reviewed for more than six months</source>
        <translation>Chưa xem lại hơn sáu tháng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/journey/tab.py" line="381"/>
        <source>%n map(s) not reviewed for six months: review them with the team and your latest feedback.</source>
        <translation>
            <numerusform>%n bản đồ chưa được xem lại trong sáu tháng: hãy cùng nhóm xem lại với những phản hồi mới nhất.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="545"/>
        <source>New journey map</source>
        <translation>Bản đồ hành trình mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="560"/>
        <source>{title} (copy)</source>
        <translation>{title} (bản sao)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="562"/>
        <source>Duplicate the map</source>
        <translation>Nhân bản bản đồ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="576"/>
        <source>Mark the map as reviewed</source>
        <translation>Đánh dấu bản đồ đã xem lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="581"/>
        <location filename="../../app/ui/journey/tab.py" line="586"/>
        <source>Save as a template</source>
        <translation>Lưu làm mẫu</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="581"/>
        <source>Template name</source>
        <translation>Tên mẫu</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="591"/>
        <location filename="../../app/ui/journey/tab.py" line="596"/>
        <location filename="../../app/ui/journey/tab.py" line="601"/>
        <source>Import a journey map</source>
        <translation>Nhập bản đồ hành trình</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="592"/>
        <source>Journey maps (*.json)</source>
        <translation>Bản đồ hành trình (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/journey/tab.py" line="602"/>
        <source>%n card(s) of a kind this version does not know were left out.</source>
        <translation>
            <numerusform>Đã bỏ qua %n thẻ thuộc loại mà phiên bản này không biết.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="610"/>
        <location filename="../../app/ui/journey/tab.py" line="665"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="620"/>
        <location filename="../../app/ui/journey/tab.py" line="623"/>
        <source>Rename map</source>
        <translation>Đổi tên bản đồ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="620"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="629"/>
        <source>Add stage</source>
        <translation>Thêm giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="629"/>
        <location filename="../../app/ui/journey/tab.py" line="650"/>
        <source>Stage name</source>
        <translation>Tên giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="638"/>
        <source>Add lane</source>
        <translation>Thêm hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="638"/>
        <location filename="../../app/ui/journey/tab.py" line="650"/>
        <source>Lane name</source>
        <translation>Tên hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="651"/>
        <location filename="../../app/ui/journey/tab.py" line="655"/>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="662"/>
        <location filename="../../app/ui/journey/tab.py" line="666"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="667"/>
        <source>Delete with its cards</source>
        <translation>Xóa cùng các thẻ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="678"/>
        <source>Nothing is hidden</source>
        <translation>Không có gì đang ẩn</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="682"/>
        <source>Show {name}</source>
        <translation>Hiện {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="681"/>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="719"/>
        <source>PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="719"/>
        <location filename="../../app/ui/journey/tab.py" line="728"/>
        <source>PNG picture</source>
        <translation>Ảnh PNG</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="720"/>
        <source>SVG drawing</source>
        <translation>Hình SVG</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="720"/>
        <location filename="../../app/ui/journey/tab.py" line="762"/>
        <source>Journey map</source>
        <translation>Bản đồ hành trình</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="728"/>
        <source>Scale (1x to 3x)</source>
        <translation>Tỉ lệ (1x đến 3x)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="732"/>
        <location filename="../../app/ui/journey/tab.py" line="737"/>
        <location filename="../../app/ui/journey/tab.py" line="739"/>
        <source>Export the journey map</source>
        <translation>Xuất bản đồ hành trình</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="758"/>
        <location filename="../../app/ui/journey/tab.py" line="766"/>
        <source>Export the improvements</source>
        <translation>Xuất danh sách cải tiến</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="758"/>
        <source>Improvements</source>
        <translation>Cải tiến</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="759"/>
        <source>Excel workbook</source>
        <translation>Sổ tính Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="759"/>
        <source>CSV file</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="763"/>
        <source>Impact (1-3)</source>
        <translation>Tác động (1-3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="763"/>
        <source>Effort (1-3)</source>
        <translation>Công sức (1-3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="763"/>
        <source>Who</source>
        <translation>Ai làm</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="764"/>
        <source>How</source>
        <translation>Làm thế nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="764"/>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
</context>
<context>
    <name>ListFieldEditor</name>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="101"/>
        <source>Type and press Enter to add</source>
        <translation>Gõ rồi nhấn Enter để thêm</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="103"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="105"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="106"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="107"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="273"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Hoàn tác {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="274"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="275"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Làm lại {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="276"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="288"/>
        <source>No recent shop files</source>
        <translation>Chưa có tệp cửa hàng nào mở gần đây</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="294"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="296"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="297"/>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="298"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="299"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="300"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="302"/>
        <source>&amp;New shop file…</source>
        <translation>&amp;Tạo tệp cửa hàng mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="303"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="304"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu một bản sao…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="305"/>
        <source>Open &amp;demo shop</source>
        <translation>Mở cửa hàng mẫ&amp;u</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="306"/>
        <source>Shop se&amp;ttings…</source>
        <translation>Cài đặt &amp;cửa hàng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="307"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;Tìm khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="308"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="309"/>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="310"/>
        <source>Open the backups &amp;folder</source>
        <translation>Mở thư mục &amp;bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="311"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="312"/>
        <source>Open the &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="313"/>
        <source>&amp;About Regulars</source>
        <translation>&amp;Giới thiệu Khách Quen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="314"/>
        <source>&amp;Guide</source>
        <translation>&amp;Hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="315"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="322"/>
        <source>Import your own sales</source>
        <translation>Nhập dữ liệu bán hàng của bạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="323"/>
        <source>Start an empty shop</source>
        <translation>Bắt đầu với cửa hàng trống</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="324"/>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="388"/>
        <source>Welcome to Regulars! This is a demo shop with made-up customers, so that every tab has something to show. When you are ready, bring in your own sales or start from an empty shop: either makes a shop file of your own, and the demo stays as it is.</source>
        <translation>Chào mừng bạn đến với Khách Quen! Đây là cửa hàng mẫu với khách hàng giả lập, để thẻ nào cũng có dữ liệu để xem. Khi đã sẵn sàng, hãy nhập dữ liệu bán hàng của bạn hoặc bắt đầu với cửa hàng trống: cả hai cách đều tạo một tệp cửa hàng riêng của bạn, còn cửa hàng mẫu vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="392"/>
        <source>Demo shop: made-up customers</source>
        <translation>Cửa hàng mẫu: khách hàng giả lập</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="564"/>
        <source>Created the shop file {file}: it is empty and ready for your sales.</source>
        <translation>Đã tạo tệp cửa hàng {file}: cửa hàng đang trống và sẵn sàng cho dữ liệu bán hàng của bạn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="397"/>
        <source>This shop file is open read-only: you can look at everything but not change it.</source>
        <translation>Tệp cửa hàng này đang mở ở chế độ chỉ đọc: bạn xem được mọi thứ nhưng không thể thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="399"/>
        <source>This shop file was saved by a newer version of Regulars, so it is open read-only. Update Regulars to change it.</source>
        <translation>Tệp cửa hàng này được lưu bằng phiên bản Khách Quen mới hơn nên đang mở ở chế độ chỉ đọc. Hãy cập nhật Khách Quen để có thể thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="409"/>
        <source>Regulars</source>
        <translation>Khách Quen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="412"/>
        <source>{shop} (demo) – {file} (read-only) – Regulars</source>
        <translation>{shop} (mẫu) – {file} (chỉ đọc) – Khách Quen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="414"/>
        <source>{shop} (demo) – {file} – Regulars</source>
        <translation>{shop} (mẫu) – {file} – Khách Quen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="416"/>
        <source>{shop} – {file} (read-only) – Regulars</source>
        <translation>{shop} – {file} (chỉ đọc) – Khách Quen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="418"/>
        <source>{shop} – {file} – Regulars</source>
        <translation>{shop} – {file} – Khách Quen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="426"/>
        <location filename="../../app/ui/main_window.py" line="429"/>
        <source>Regulars shop (*.regulars);;All files (*)</source>
        <translation>Tệp cửa hàng Khách Quen (*.regulars);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="440"/>
        <source>My shop</source>
        <translation>Cửa hàng của tôi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="444"/>
        <location filename="../../app/ui/main_window.py" line="450"/>
        <source>New shop file</source>
        <translation>Tệp cửa hàng mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453"/>
        <source>Created the shop file {file}.</source>
        <translation>Đã tạo tệp cửa hàng {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="458"/>
        <location filename="../../app/ui/main_window.py" line="466"/>
        <source>Open shop file</source>
        <translation>Mở tệp cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466"/>
        <source>The shop file {file} does not exist.</source>
        <translation>Tệp cửa hàng {file} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479"/>
        <location filename="../../app/ui/main_window.py" line="491"/>
        <source>Save a copy</source>
        <translation>Lưu một bản sao</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="493"/>
        <source>Saved a copy as {file}.</source>
        <translation>Đã lưu một bản sao thành {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="506"/>
        <source>Backed up at {time} into the folder {folder}.</source>
        <translation>Đã sao lưu lúc {time} vào thư mục {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="510"/>
        <source>Backing up</source>
        <translation>Đang sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="521"/>
        <source>Open the backups folder</source>
        <translation>Mở thư mục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="549"/>
        <source>Restored the backup from {date}. The shop as it was is kept as the backup from {safety}.</source>
        <translation>Đã khôi phục bản sao lưu ngày {date}. Dữ liệu cửa hàng trước khi khôi phục được giữ trong bản sao lưu lúc {safety}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="616"/>
        <source>About Regulars</source>
        <translation>Giới thiệu Khách Quen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="617"/>
        <source>Regulars (Khách Quen) {version}: know your regular customers from your own sales spreadsheets. Everything stays in one file on this computer.</source>
        <translation>Khách Quen (Regulars) {version}: hiểu rõ khách hàng quen của bạn từ chính các bảng tính bán hàng của cửa hàng. Mọi dữ liệu nằm trong một tệp duy nhất trên máy tính này.</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../app/ui/segments/members.py" line="99"/>
        <source>Customers of this segment</source>
        <translation>Khách hàng của phân khúc này</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/segments/members.py" line="133"/>
        <source>%n customers, who spent {revenue} in all ({share} of the revenue of all customers).</source>
        <translation>
            <numerusform>%n khách hàng, tổng chi tiêu {revenue} ({share} doanh thu của toàn bộ khách hàng).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="136"/>
        <source>No customer is in this segment.</source>
        <translation>Chưa có khách hàng nào trong phân khúc này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="152"/>
        <source>Export the customers of this segment</source>
        <translation>Xuất danh sách khách hàng của phân khúc này</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="153"/>
        <source>CSV file</source>
        <translation>Tệp CSV</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="153"/>
        <source>Excel workbook</source>
        <translation>Sổ làm việc Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="160"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/segments/members.py" line="172"/>
        <source>Exported %n customers to {file}.</source>
        <translation>
            <numerusform>Đã xuất %n khách hàng vào {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="176"/>
        <source>Exporting customers</source>
        <translation>Đang xuất danh sách khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="180"/>
        <source>Export list…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="181"/>
        <source>Save these customers to a CSV or Excel file</source>
        <translation>Lưu các khách hàng này vào tệp CSV hoặc Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="182"/>
        <source>Double-click a customer to open them in the Customers tab</source>
        <translation>Nhấp đúp vào một khách hàng để mở trong thẻ Khách hàng</translation>
    </message>
</context>
<context>
    <name>MovementPage</name>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="78"/>
        <location filename="../../app/ui/segments/movement_page.py" line="109"/>
        <source>Click a move to list its customers.</source>
        <translation>Nhấp vào một hướng dịch chuyển để xem danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="101"/>
        <location filename="../../app/ui/segments/movement_page.py" line="107"/>
        <location filename="../../app/ui/segments/movement_page.py" line="190"/>
        <source>Segment movement</source>
        <translation>Dịch chuyển giữa các phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="101"/>
        <source>Choose a later month on the right than on the left.</source>
        <translation>Hãy chọn tháng bên phải muộn hơn tháng bên trái.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="170"/>
        <source>now</source>
        <translation>hiện tại</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="176"/>
        <source>Snapshots are taken at the end of every complete month; movement appears once there are two.</source>
        <translation>Phân khúc của khách hàng được ghi nhận vào cuối mỗi tháng trọn vẹn; sự dịch chuyển sẽ hiện ra khi đã có hai lần ghi nhận.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="179"/>
        <source>Between {before} and {after}: {moved} customers changed segment (new customers included), {stayed} stayed in the same one.</source>
        <translation>Từ {before} đến {after}: {moved} khách hàng đã chuyển phân khúc (kể cả khách hàng mới), {stayed} khách hàng ở nguyên phân khúc cũ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="187"/>
        <source>now (today&apos;s figures)</source>
        <translation>hiện tại (số liệu hôm nay)</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="192"/>
        <source>Each customer&apos;s segment is noted at the end of every month. See who moved up, who slipped and who arrived since the previous month; click a move to list its customers.</source>
        <translation>Phân khúc của từng khách hàng được ghi nhận vào cuối mỗi tháng. Xem ai đã tiến lên, ai đang tụt lại và ai mới đến so với tháng trước; nhấp vào một hướng dịch chuyển để xem danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="194"/>
        <source>Earlier snapshot:</source>
        <translation>Lần ghi nhận trước:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="195"/>
        <source>Later snapshot:</source>
        <translation>Lần ghi nhận sau:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="196"/>
        <source>Moves, largest first</source>
        <translation>Các hướng dịch chuyển, lớn nhất trước</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="84"/>
        <source>New journey map</source>
        <translation>Bản đồ hành trình mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="91"/>
        <source>My template: {name}</source>
        <translation>Mẫu của tôi: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="96"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="97"/>
        <source>Start from</source>
        <translation>Bắt đầu từ</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="98"/>
        <source>Language of the stages</source>
        <translation>Ngôn ngữ của các giai đoạn</translation>
    </message>
</context>
<context>
    <name>NewShopDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="169"/>
        <source>New shop file</source>
        <translation>Tệp cửa hàng mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="170"/>
        <source>Shop name:</source>
        <translation>Tên cửa hàng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="171"/>
        <source>Currency:</source>
        <translation>Đơn vị tiền tệ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="172"/>
        <source>Numbers and dates:</source>
        <translation>Định dạng số và ngày:</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <location filename="../../app/ui/personas/numbers_panel.py" line="100"/>
        <source>By the numbers</source>
        <translation>Theo con số</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../app/services/overview/figures.py" line="45"/>
        <source>The period must be month, quarter or year.</source>
        <translation>Kỳ phải là tháng, quý hoặc năm.</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../../app/services/overview/charts.py" line="63"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/charts.py" line="65"/>
        <source>Walk-in sales</source>
        <translation>Doanh số khách vãng lai</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/charts.py" line="61"/>
        <source>Revenue by month</source>
        <translation>Doanh thu theo tháng</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/charts.py" line="73"/>
        <source>Returning customers</source>
        <translation>Khách hàng quay lại</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/charts.py" line="75"/>
        <source>New customers</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/charts.py" line="71"/>
        <source>New and returning customers by month</source>
        <translation>Khách hàng mới và quay lại theo tháng</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="80"/>
        <source>No customer has bought anything yet.</source>
        <translation>Chưa có khách hàng nào mua hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="152"/>
        <source>Who they are: {meaning}</source>
        <translation>Họ là ai: {meaning}</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="153"/>
        <source>What to do: {action}</source>
        <translation>Nên làm gì: {action}</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="161"/>
        <source>Scores 1 to 5 come from quintiles: each score holds a fifth of the customers.</source>
        <translation>Điểm từ 1 đến 5 được chia theo ngũ phân vị: mỗi mức điểm gồm một phần năm số khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="163"/>
        <source>Scores 1 to 5 come from the fixed thresholds of this shop (see the notice above).</source>
        <translation>Điểm từ 1 đến 5 được tính theo các ngưỡng cố định của cửa hàng này (xem thông báo phía trên).</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="165"/>
        <source>Customers are grouped by how recently (R) and how often (F) they bought. {method}</source>
        <translation>Khách hàng được chia nhóm theo lần mua gần đây nhất (R) và tần suất mua hàng (F). {method}</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="168"/>
        <source>RFM segments</source>
        <translation>Phân khúc RFM</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="169"/>
        <source>Sizes and revenue</source>
        <translation>Quy mô và doanh thu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="170"/>
        <source>Recency × frequency grid</source>
        <translation>Lưới độ gần đây × tần suất</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="163"/>
        <source>Where the shop stands</source>
        <translation>Cửa hàng đang ở đâu</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="167"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="167"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="167"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="170"/>
        <source>No sales yet. Import a sales spreadsheet to see where the shop stands.</source>
        <translation>Chưa có doanh số. Hãy nhập bảng tính bán hàng để xem cửa hàng đang ở đâu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="171"/>
        <source>Import sales…</source>
        <translation>Nhập doanh số…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="172"/>
        <source>This is the demo shop: its customers and sales are made up.</source>
        <translation>Đây là cửa hàng mẫu: khách hàng và doanh số đều là giả lập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="173"/>
        <source>This week: who to contact now</source>
        <translation>Tuần này: cần liên hệ với ai</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="302"/>
        <source>Nobody to contact this week.</source>
        <translation>Tuần này không có ai cần liên hệ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="174"/>
        <source>Tick whom you contacted (Edit &gt; Undo takes a tick back); double-click to open the customer.</source>
        <translation>Đánh dấu người bạn đã liên hệ (Sửa &gt; Hoàn tác để bỏ dấu); nhấp đúp để mở khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="176"/>
        <source>Report (PDF)…</source>
        <translation>Báo cáo (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="177"/>
        <source>Save the one-page Customer focus report of the chosen period</source>
        <translation>Lưu báo cáo tập trung vào khách hàng (một trang) của kỳ đã chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="178"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="273"/>
        <source>Reading this week&apos;s contacts</source>
        <translation>Đang đọc danh sách cần liên hệ tuần này</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="313"/>
        <source>Premium customers slipping away</source>
        <translation>Khách hàng cao cấp đang rời xa</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="314"/>
        <source>Detractors to call back</source>
        <translation>Người phản đối cần gọi lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="315"/>
        <source>Large purchases without feedback</source>
        <translation>Đơn hàng lớn chưa có phản hồi</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="316"/>
        <source>Birthdays this week (customers who agreed to marketing)</source>
        <translation>Sinh nhật trong tuần này (khách hàng đồng ý nhận tin)</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="322"/>
        <source>spent {money}, last purchase {date}</source>
        <translation>đã chi {money}, lần mua gần nhất {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="324"/>
        <source>answered {score} out of 10 on {date}</source>
        <translation>chấm {score} trên 10 ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="326"/>
        <source>{money} on {date}, no feedback since</source>
        <translation>{money} ngày {date}, chưa có phản hồi từ đó</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="327"/>
        <source>birthday on {date}</source>
        <translation>sinh nhật ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="339"/>
        <source>contact ticked as done</source>
        <translation>đánh dấu đã liên hệ</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="339"/>
        <source>contact unticked</source>
        <translation>bỏ dấu đã liên hệ</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="342"/>
        <source>Cannot save the tick</source>
        <translation>Không lưu được dấu đã liên hệ</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="377"/>
        <source>Revenue at stake: {money}</source>
        <translation>Doanh thu có thể mất: {money}</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="400"/>
        <source>previous period: {value}</source>
        <translation>kỳ trước: {value}</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="404"/>
        <source>{start} to {end} (the latest sale), against the whole period before</source>
        <translation>Từ {start} đến {end} (lần bán gần nhất), so với toàn bộ kỳ trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="405"/>
        <source>{start} to {end}, against the period before</source>
        <translation>Từ {start} đến {end}, so với kỳ trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="411"/>
        <source>Customers who bought</source>
        <translation>Khách hàng đã mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="412"/>
        <source>{new} new, {returning} returning; {previous}</source>
        <translation>{new} khách mới, {returning} khách quay lại; {previous}</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="415"/>
        <source>Customers&apos; revenue</source>
        <translation>Doanh thu từ khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="417"/>
        <source>Walk-in sales</source>
        <translation>Doanh số khách vãng lai</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="419"/>
        <source>Returning customers&apos; share of revenue</source>
        <translation>Tỷ trọng doanh thu của khách hàng quay lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="422"/>
        <source>Top 20% of customers&apos; share of revenue</source>
        <translation>Tỷ trọng doanh thu của 20% khách hàng hàng đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="422"/>
        <source>All the sales so far</source>
        <translation>Toàn bộ doanh số đến nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="423"/>
        <source>Premium customers at risk</source>
        <translation>Khách hàng cao cấp có nguy cơ rời đi</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="425"/>
        <source>Checklist</source>
        <translation>Danh sách việc cần làm</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="426"/>
        <source>items done</source>
        <translation>mục đã xong</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="427"/>
        <source>Journey maps due for review</source>
        <translation>Bản đồ hành trình đến hạn xem xét</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="428"/>
        <source>Nothing due</source>
        <translation>Không có gì đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="444"/>
        <source>95% interval: {low} to {high}; {count} answers</source>
        <translation>Khoảng tin cậy 95%: từ {low} đến {high}; {count} câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="446"/>
        <source>Net Promoter Score</source>
        <translation>Chỉ số NPS</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="486"/>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="487"/>
        <source>PDF files</source>
        <translation>Tệp PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="493"/>
        <source>Cannot save the report</source>
        <translation>Không lưu được báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/overview_tab.py" line="505"/>
        <source>Cannot print the report</source>
        <translation>Không in được báo cáo</translation>
    </message>
</context>
<context>
    <name>OwnShop</name>
    <message>
        <location filename="../../app/services/own_shop.py" line="25"/>
        <source>The shop file {name} is the demo shop with made-up customers: import your sales into a shop file of your own (or add --into-demo to mix them into the demo).</source>
        <translation>Tệp cửa hàng {name} là cửa hàng mẫu với khách hàng giả lập: hãy nhập dữ liệu bán hàng vào một tệp cửa hàng của riêng bạn (hoặc thêm --into-demo để trộn chúng vào cửa hàng mẫu).</translation>
    </message>
    <message>
        <location filename="../../app/services/own_shop.py" line="69"/>
        <source>Give the shop a name.</source>
        <translation>Hãy đặt tên cho cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/own_shop.py" line="41"/>
        <source>Your sales go into a shop file of your own, so that they never mix with the made-up customers of the demo. The demo stays as it is (File &gt; Open demo shop).</source>
        <translation>Dữ liệu bán hàng của bạn được đưa vào một tệp cửa hàng của riêng bạn, để không bao giờ lẫn với khách hàng giả lập của cửa hàng mẫu. Cửa hàng mẫu vẫn giữ nguyên (Tệp &gt; Mở cửa hàng mẫu).</translation>
    </message>
    <message>
        <location filename="../../app/ui/own_shop.py" line="44"/>
        <source>An empty shop file of your own, ready for your sales. The demo stays as it is (File &gt; Open demo shop).</source>
        <translation>Một tệp cửa hàng trống của riêng bạn, sẵn sàng cho dữ liệu bán hàng. Cửa hàng mẫu vẫn giữ nguyên (Tệp &gt; Mở cửa hàng mẫu).</translation>
    </message>
    <message>
        <location filename="../../app/ui/own_shop.py" line="46"/>
        <source>My shop</source>
        <translation>Cửa hàng của tôi</translation>
    </message>
    <message>
        <location filename="../../app/ui/own_shop.py" line="47"/>
        <location filename="../../app/ui/own_shop.py" line="54"/>
        <source>Your own shop</source>
        <translation>Cửa hàng của bạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/own_shop.py" line="85"/>
        <source>Open demo shop</source>
        <translation>Mở cửa hàng mẫu</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="105"/>
        <source>PDF options</source>
        <translation>Tùy chọn PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="110"/>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="111"/>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="114"/>
        <source> page(s) wide</source>
        <translation> trang bề ngang</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="115"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="116"/>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <location filename="../../app/ui/journey/tab.py" line="117"/>
        <source>Fit to</source>
        <translation>Vừa với</translation>
    </message>
</context>
<context>
    <name>Persona</name>
    <message>
        <location filename="../../app/services/personas/drafts.py" line="20"/>
        <source>Persona of {segment}</source>
        <translation>Chân dung nhóm {segment}</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/drafts.py" line="21"/>
        <source>Drafted from the {count} premium customers of the segment {segment}; rewrite it in your own words.</source>
        <translation>Phác thảo từ {count} khách hàng cao cấp của phân khúc {segment}; hãy viết lại bằng lời của bạn.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="39"/>
        <source>Quote</source>
        <translation>Câu nói</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="40"/>
        <source>Age range</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="41"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="42"/>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="43"/>
        <source>Location</source>
        <translation>Nơi sống</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="44"/>
        <source>Who they are</source>
        <translation>Họ là ai</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="45"/>
        <source>Needs and interests</source>
        <translation>Nhu cầu và sở thích</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="46"/>
        <source>Attitudes and behaviours</source>
        <translation>Thái độ và hành vi</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="47"/>
        <source>Goals at each stage of buying</source>
        <translation>Mục tiêu ở từng giai đoạn mua hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="48"/>
        <source>Challenges and opportunities</source>
        <translation>Thách thức và cơ hội</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="49"/>
        <source>Why they buy</source>
        <translation>Lý do mua</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="50"/>
        <source>Why they refuse</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="51"/>
        <source>Before using our products</source>
        <translation>Trước khi dùng sản phẩm của chúng ta</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="52"/>
        <source>After using our products</source>
        <translation>Sau khi dùng sản phẩm của chúng ta</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="53"/>
        <source>Customer insight</source>
        <translation>Sự thật ngầm hiểu (insight)</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="54"/>
        <source>Preferred channels</source>
        <translation>Kênh ưa thích</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="55"/>
        <source>Favourite categories</source>
        <translation>Nhóm hàng yêu thích</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="56"/>
        <source>Stickers</source>
        <translation>Nhãn dán</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="57"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="63"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="64"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="65"/>
        <source>Channels and categories</source>
        <translation>Kênh và nhóm hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="66"/>
        <source>Before and after</source>
        <translation>Trước và sau</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/records.py" line="93"/>
        <source>This persona no longer exists.</source>
        <translation>Chân dung khách hàng này không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/records.py" line="100"/>
        <source>The field {field} is too long.</source>
        <translation>Mục {field} quá dài.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/records.py" line="112"/>
        <source>A persona has no field {field}.</source>
        <translation>Chân dung khách hàng không có mục {field}.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/records.py" line="121"/>
        <source>The field {field} must be a list of texts.</source>
        <translation>Mục {field} phải là một danh sách các dòng chữ.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/records.py" line="132"/>
        <source>The field {field} must be a text.</source>
        <translation>Mục {field} phải là chữ.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/records.py" line="145"/>
        <source>A persona needs a name.</source>
        <translation>Chân dung khách hàng cần có tên.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/records.py" line="159"/>
        <source>A persona can only stand for an RFM segment, a value tier or a saved segment.</source>
        <translation>Chân dung khách hàng chỉ có thể đại diện cho một phân khúc RFM, một hạng giá trị hoặc một phân khúc đã lưu.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/records.py" line="251"/>
        <source>The personas changed meanwhile; try again.</source>
        <translation>Các chân dung khách hàng vừa thay đổi; hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>PersonaCardsModel</name>
    <message numerus="yes">
        <location filename="../../app/ui/personas/cards.py" line="143"/>
        <source>%n customers</source>
        <translation>
            <numerusform>%n khách hàng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/cards.py" line="145"/>
        <source>{share} of revenue</source>
        <translation>{share} doanh thu</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/cards.py" line="148"/>
        <source>basket {amount}</source>
        <translation>đơn TB {amount}</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="298"/>
        <source>No linked segment</source>
        <translation>Chưa gắn phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="349"/>
        <source>Never reviewed</source>
        <translation>Chưa xem lại lần nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="353"/>
        <source>Last reviewed on {date}</source>
        <translation>Xem lại lần cuối ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="356"/>
        <source>due for review (6 months)</source>
        <translation>đến lúc xem lại (6 tháng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="365"/>
        <source>change of {field} for {name}</source>
        <translation>sửa {field} của {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="394"/>
        <location filename="../../app/ui/personas/editor.py" line="448"/>
        <source>Linked segment</source>
        <translation>Phân khúc gắn với</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="404"/>
        <location filename="../../app/ui/personas/editor.py" line="419"/>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="410"/>
        <source>Choose a photo</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="411"/>
        <source>Images ({patterns})</source>
        <translation>Hình ảnh ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="427"/>
        <source>review of {name}</source>
        <translation>xem lại {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="449"/>
        <source>Choose photo…</source>
        <translation>Chọn ảnh…</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="450"/>
        <source>Remove photo</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="451"/>
        <source>Drop a JPEG, PNG or WebP image here</source>
        <translation>Thả ảnh JPEG, PNG hoặc WebP vào đây</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/editor.py" line="452"/>
        <source>Mark as reviewed</source>
        <translation>Đánh dấu đã xem lại</translation>
    </message>
</context>
<context>
    <name>PersonaFile</name>
    <message>
        <location filename="../../app/services/personas/sharing.py" line="56"/>
        <source>There is no persona to export.</source>
        <translation>Không có chân dung khách hàng nào để xuất.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/sharing.py" line="63"/>
        <source>This is not a persona file, or it is damaged.</source>
        <translation>Đây không phải tệp chân dung khách hàng, hoặc tệp đã bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/sharing.py" line="65"/>
        <location filename="../../app/services/personas/sharing.py" line="109"/>
        <source>The persona file is too large.</source>
        <translation>Tệp chân dung khách hàng quá lớn.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/sharing.py" line="73"/>
        <source>This persona file was made by another version of Regulars (format {version}); it cannot be read.</source>
        <translation>Tệp chân dung khách hàng này được tạo bởi một phiên bản Khách Quen khác (định dạng {version}); không thể đọc được.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/sharing.py" line="77"/>
        <source>The persona file holds too many personas.</source>
        <translation>Tệp chứa quá nhiều chân dung khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/sharing.py" line="112"/>
        <source>The file {name} could not be read.</source>
        <translation>Không đọc được tệp {name}.</translation>
    </message>
</context>
<context>
    <name>PersonaNumbers</name>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="171"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="172"/>
        <source>Premium customers among them</source>
        <translation>Trong đó khách hàng cao cấp</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="173"/>
        <source>Share of revenue</source>
        <translation>Tỷ trọng doanh thu</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="174"/>
        <source>Average basket</source>
        <translation>Giá trị đơn trung bình</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="175"/>
        <source>Purchases per year</source>
        <translation>Số lần mua mỗi năm</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="176"/>
        <source>Typical days between purchases</source>
        <translation>Số ngày thường giữa hai lần mua</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="177"/>
        <source>Days since the last purchase</source>
        <translation>Số ngày từ lần mua gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="178"/>
        <source>Reachable (consent and phone or e-mail)</source>
        <translation>Liên hệ được (đồng ý và có điện thoại hoặc e-mail)</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="179"/>
        <source>Net Promoter Score</source>
        <translation>Chỉ số NPS</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="180"/>
        <source>Age ranges</source>
        <translation>Độ tuổi</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="181"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="182"/>
        <source>Top provinces</source>
        <translation>Tỉnh/thành hàng đầu</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="183"/>
        <source>Top districts</source>
        <translation>Quận/huyện hàng đầu</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="184"/>
        <source>Favourite categories (buyers)</source>
        <translation>Nhóm hàng yêu thích (người mua)</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="185"/>
        <source>First purchase in</source>
        <translation>Lần mua đầu tiên ở nhóm</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="186"/>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="188"/>
        <source>Figures as of {date}</source>
        <translation>Số liệu tính đến ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="189"/>
        <source>Link a segment to see its live figures.</source>
        <translation>Gắn một phân khúc để xem số liệu trực tiếp của nó.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="190"/>
        <location filename="../../app/ui/personas/editor.py" line="334"/>
        <source>The linked segment no longer exists.</source>
        <translation>Phân khúc đã gắn không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/numbers.py" line="191"/>
        <source>No customer is in this segment yet.</source>
        <translation>Chưa có khách hàng nào trong phân khúc này.</translation>
    </message>
</context>
<context>
    <name>PersonaPdf</name>
    <message>
        <location filename="../../app/services/personas/pdf.py" line="33"/>
        <source>No linked segment</source>
        <translation>Chưa gắn phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/pdf.py" line="34"/>
        <source>Segment: {segment}</source>
        <translation>Phân khúc: {segment}</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/pdf.py" line="35"/>
        <source>Reviewed {date}</source>
        <translation>Xem lại ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/pdf.py" line="36"/>
        <source>By the numbers</source>
        <translation>Theo con số</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/pdf.py" line="37"/>
        <source>{shop} · persona card printed on {date}</source>
        <translation>{shop} · thẻ chân dung khách hàng in ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/pdf.py" line="324"/>
        <source>There is no persona to print.</source>
        <translation>Không có chân dung khách hàng nào để in.</translation>
    </message>
</context>
<context>
    <name>PersonaPhoto</name>
    <message>
        <location filename="../../app/services/personas/photos.py" line="33"/>
        <location filename="../../app/services/personas/photos.py" line="46"/>
        <source>The photo {name} is too large (over 40 MB).</source>
        <translation>Ảnh {name} quá lớn (trên 40 MB).</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/photos.py" line="37"/>
        <source>The file {name} could not be read.</source>
        <translation>Không đọc được tệp {name}.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/photos.py" line="50"/>
        <source>The file {name} is not an image.</source>
        <translation>Tệp {name} không phải là ảnh.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/photos.py" line="57"/>
        <source>The image {name} is in a format that is not supported (use JPEG, PNG or WebP).</source>
        <translation>Ảnh {name} có định dạng không được hỗ trợ (hãy dùng JPEG, PNG hoặc WebP).</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/photos.py" line="88"/>
        <source>The image {name} is too big (over 40 megapixels).</source>
        <translation>Ảnh {name} quá lớn (trên 40 megapixel).</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/photos.py" line="92"/>
        <source>The image {name} is damaged or incomplete.</source>
        <translation>Ảnh {name} bị hỏng hoặc không đầy đủ.</translation>
    </message>
</context>
<context>
    <name>PersonaTemplate</name>
    <message>
        <location filename="../../app/services/personas/fields.py" line="93"/>
        <source>Blank</source>
        <translation>Trống</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="94"/>
        <source>New persona</source>
        <translation>Chân dung mới</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="95"/>
        <source>Shopper (B2C)</source>
        <translation>Người mua lẻ (B2C)</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="96"/>
        <source>Regular shopper</source>
        <translation>Khách mua quen</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="97"/>
        <source>I come back where I am remembered.</source>
        <translation>Tôi quay lại nơi người ta nhớ đến tôi.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="98"/>
        <source>Buys for themselves and their family; compares a little, then stays loyal to a shop that knows them.</source>
        <translation>Mua cho bản thân và gia đình; so sánh một chút rồi gắn bó với cửa hàng hiểu mình.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="101"/>
        <source>Good quality at a fair price</source>
        <translation>Chất lượng tốt, giá hợp lý</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="102"/>
        <source>Quick, friendly service</source>
        <translation>Phục vụ nhanh và thân thiện</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="103"/>
        <source>Awareness: hears of us from friends or social media</source>
        <translation>Nhận biết: nghe về chúng ta từ bạn bè hoặc mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="104"/>
        <source>Purchase: finds what they want without waiting</source>
        <translation>Mua hàng: tìm được thứ mình cần mà không phải chờ</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="105"/>
        <source>Advocate: recommends us to friends</source>
        <translation>Ủng hộ: giới thiệu chúng ta cho bạn bè</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="106"/>
        <source>Trusts the quality</source>
        <translation>Tin vào chất lượng</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="107"/>
        <source>Price higher than elsewhere</source>
        <translation>Giá cao hơn nơi khác</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="108"/>
        <source>In store</source>
        <translation>Tại cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="109"/>
        <source>Social media</source>
        <translation>Mạng xã hội</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="111"/>
        <source>Business buyer (B2B)</source>
        <translation>Khách doanh nghiệp (B2B)</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="112"/>
        <source>Office buyer</source>
        <translation>Người mua cho văn phòng</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="113"/>
        <source>I need a supplier I never have to chase.</source>
        <translation>Tôi cần một nhà cung cấp mà tôi không bao giờ phải đi nhắc.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="114"/>
        <source>Office manager or purchasing officer</source>
        <translation>Quản lý văn phòng hoặc nhân viên mua hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="115"/>
        <source>Orders for a company on a budget; values reliability, invoices and delivery on time.</source>
        <translation>Đặt hàng cho công ty theo ngân sách; coi trọng sự tin cậy, hoá đơn và giao hàng đúng hẹn.</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="118"/>
        <source>Reliable delivery on time</source>
        <translation>Giao hàng đúng hẹn, đáng tin cậy</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="119"/>
        <source>Proper invoices</source>
        <translation>Hoá đơn đầy đủ</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="120"/>
        <source>Engagement: asks for a quote and samples</source>
        <translation>Tương tác: xin báo giá và hàng mẫu</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="121"/>
        <source>Purchase: orders in bulk on a schedule</source>
        <translation>Mua hàng: đặt số lượng lớn theo lịch</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="122"/>
        <source>Retention: a standing monthly order</source>
        <translation>Giữ chân: đơn hàng cố định mỗi tháng</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="123"/>
        <source>Volume discounts</source>
        <translation>Chiết khấu theo số lượng</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="124"/>
        <source>Late or incomplete deliveries</source>
        <translation>Giao hàng trễ hoặc thiếu</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="125"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/services/personas/fields.py" line="126"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PersonasTab</name>
    <message>
        <location filename="../../app/ui/personas/cards.py" line="302"/>
        <source>Review due</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/commands.py" line="32"/>
        <source>Cannot change the persona</source>
        <translation>Không thể sửa chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="393"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="224"/>
        <source>No persona yet. Create one from a template, or draft one from a segment: its figures stay live as sales come in.</source>
        <translation>Chưa có chân dung khách hàng nào. Hãy tạo từ một mẫu, hoặc phác thảo từ một phân khúc: số liệu của nó luôn cập nhật theo doanh số.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/personas/tab.py" line="230"/>
        <source>%n personas</source>
        <translation>
            <numerusform>%n chân dung khách hàng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/personas/tab.py" line="232"/>
        <source>%n not reviewed for 6 months: review them with what you have learnt.</source>
        <translation>
            <numerusform>%n chân dung chưa được xem lại trong 6 tháng: hãy cập nhật theo những gì bạn đã biết thêm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="253"/>
        <location filename="../../app/ui/personas/tab.py" line="272"/>
        <source>new persona {name}</source>
        <translation>tạo chân dung {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="265"/>
        <source>Draft from segment</source>
        <translation>Phác thảo từ phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="266"/>
        <source>Segment the persona stands for:</source>
        <translation>Phân khúc mà chân dung đại diện:</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="278"/>
        <source>{name} (copy)</source>
        <translation>{name} (bản sao)</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="280"/>
        <source>copy of {name}</source>
        <translation>sao chép {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="287"/>
        <source>deletion of {name}</source>
        <translation>xóa {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="289"/>
        <source>Deleted {name}. Edit &gt; Undo brings it back.</source>
        <translation>Đã xóa {name}. Chọn Sửa &gt; Hoàn tác để lấy lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="300"/>
        <source>new order of the personas</source>
        <translation>sắp xếp lại các chân dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="318"/>
        <source>personas</source>
        <translation>chan-dung-khach-hang</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="324"/>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="325"/>
        <source>PDF files</source>
        <translation>Tệp PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="330"/>
        <location filename="../../app/ui/personas/tab.py" line="341"/>
        <source>Cannot export the personas</source>
        <translation>Không thể xuất chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="335"/>
        <source>Export personas</source>
        <translation>Xuất chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="336"/>
        <source>Persona files</source>
        <translation>Tệp chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="349"/>
        <source>Import personas</source>
        <translation>Nhập chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="350"/>
        <source>Persona files (*.json)</source>
        <translation>Tệp chân dung khách hàng (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="355"/>
        <source>Cannot import the personas</source>
        <translation>Không thể nhập chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="368"/>
        <source>Cannot print the personas</source>
        <translation>Không thể in chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="377"/>
        <source>Search personas</source>
        <translation>Tìm chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="378"/>
        <source>New</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="379"/>
        <source>A new persona from a template</source>
        <translation>Tạo chân dung mới từ một mẫu</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="382"/>
        <source>Draft from segment…</source>
        <translation>Phác thảo từ phân khúc…</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="383"/>
        <source>A persona pre-filled from the premium customers of a segment</source>
        <translation>Chân dung điền sẵn từ các khách hàng cao cấp của một phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="384"/>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="385"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="386"/>
        <source>Export / import</source>
        <translation>Xuất / nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="387"/>
        <source>This persona as PDF…</source>
        <translation>Chân dung này ra PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="388"/>
        <source>All personas as PDF…</source>
        <translation>Tất cả chân dung ra PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="389"/>
        <source>Wall poster of this persona (A3 PDF)…</source>
        <translation>Áp phích treo tường của chân dung này (PDF khổ A3)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="390"/>
        <source>Export this persona to a file…</source>
        <translation>Xuất chân dung này ra tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="391"/>
        <source>Export all personas to a file…</source>
        <translation>Xuất tất cả chân dung ra tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/personas/tab.py" line="392"/>
        <source>Import personas from a file…</source>
        <translation>Nhập chân dung khách hàng từ tệp…</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../app/ui/import_assistant/preview_model.py" line="69"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_model.py" line="70"/>
        <source>What happens</source>
        <translation>Cách xử lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_model.py" line="75"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="213"/>
        <source>Reading every row of {file}…</source>
        <translation>Đang đọc toàn bộ các dòng của {file}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="262"/>
        <source>Saving the rejected rows…</source>
        <translation>Đang lưu các dòng bị loại…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="271"/>
        <source>The rejected rows were not saved.</source>
        <translation>Các dòng bị loại chưa được lưu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="275"/>
        <source>Saved {count} rejected rows to {file}.</source>
        <translation>Đã lưu {count} dòng bị loại vào {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="285"/>
        <source>Reading the file was stopped. Nothing was imported.</source>
        <translation>Đã dừng đọc tệp. Chưa có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="320"/>
        <source>The first {count} rows as they will be imported:</source>
        <translation>{count} dòng đầu tiên như khi được nhập:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="326"/>
        <source>… and {count} more rows with problems.</source>
        <translation>… và {count} dòng có lỗi khác.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="329"/>
        <source>The file cannot be imported as it is: {count} rows have problems. The first ones:</source>
        <translation>Không thể nhập tệp như hiện tại: có {count} dòng bị lỗi. Các lỗi đầu tiên:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="331"/>
        <source>{count} rows have problems and will be skipped. The first ones:</source>
        <translation>Có {count} dòng bị lỗi và sẽ được bỏ qua. Các lỗi đầu tiên:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="347"/>
        <source>Every sale in this file is already in the shop: importing it adds nothing.</source>
        <translation>Mọi giao dịch trong tệp này đã có trong cửa hàng: nhập lại cũng không thêm gì.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="336"/>
        <source>The shop has no sales yet: from this import on it keeps its figures in {currency}, the currency of this file.</source>
        <translation>Cửa hàng chưa có bán hàng nào: từ lần nhập này, cửa hàng sẽ ghi số liệu bằng {currency}, loại tiền của tệp này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="367"/>
        <source>{count} entered without an import</source>
        <translation>{count} hóa đơn có sẵn, không qua lần nhập nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="371"/>
        <source>{count} from {file} (imported {date})</source>
        <translation>{count} hóa đơn từ {file} (nhập ngày {date})</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="375"/>
        <source>{count} more imports</source>
        <translation>{count} lần nhập khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="376"/>
        <source>{count} invoices of this file are already in the shop ({lines} lines): {sources}. The same invoice is its number on the same day (and in the same branch when both files name one).</source>
        <translation>{count} hóa đơn trong tệp này đã có trong cửa hàng ({lines} dòng): {sources}. Hai hóa đơn là một khi cùng số hóa đơn, cùng ngày (và cùng chi nhánh khi cả hai tệp đều ghi chi nhánh).</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="385"/>
        <source>Keep the invoices already in the shop (this file&apos;s {count} other lines of them are not imported)</source>
        <translation>Giữ nguyên các hóa đơn đã có trong cửa hàng (không nhập {count} dòng khác của chúng trong tệp này)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="387"/>
        <source>Replace them with this file&apos;s lines: the newer export is right ({count} stored lines removed; undoing the import brings them back)</source>
        <translation>Thay bằng các dòng của tệp này: bản xuất mới hơn là đúng (xóa {count} dòng đã lưu; hoàn tác lần nhập sẽ khôi phục chúng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="390"/>
        <source>Add this file&apos;s lines as well (only if these are other sales that share the numbers)</source>
        <translation>Thêm cả các dòng của tệp này (chỉ khi đây là những giao dịch khác nhưng trùng số hóa đơn)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="405"/>
        <source>The column “{column}” has numbers like “{value}”, and neither the file nor the shop&apos;s currency says how to read them. Which is right?</source>
        <translation>Cột “{column}” có các số như “{value}”, và cả tệp lẫn loại tiền của cửa hàng đều không cho biết cách đọc. Cách nào đúng?</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="408"/>
        <source>The dot separates thousands: “{value}” is {number}</source>
        <translation>Dấu chấm ngăn cách hàng nghìn: “{value}” là {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="411"/>
        <source>The dot is the decimal point: “{value}” is {whole} and {fraction} thousandths</source>
        <translation>Dấu chấm là dấu thập phân: “{value}” là {whole} và {fraction} phần nghìn</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="420"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="421"/>
        <source>This is how Regulars reads your file. Nothing has been imported yet.</source>
        <translation>Đây là cách Khách Quen đọc tệp của bạn. Chưa có gì được nhập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="423"/>
        <source>Dates read as:</source>
        <translation>Ngày được đọc theo dạng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="424"/>
        <source>Numbers read like:</source>
        <translation>Số được đọc theo dạng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="425"/>
        <source>Rows read:</source>
        <translation>Số dòng đã đọc:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="426"/>
        <source>Lines to add:</source>
        <translation>Số dòng sẽ thêm:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="427"/>
        <source>Already in the shop (skipped):</source>
        <translation>Đã có trong cửa hàng (bỏ qua):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="428"/>
        <source>Lines of cancelled orders (not purchases):</source>
        <translation>Dòng của đơn đã hủy (không tính là mua):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="429"/>
        <source>Rows with problems:</source>
        <translation>Số dòng có lỗi:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="430"/>
        <source>New customers:</source>
        <translation>Khách hàng mới:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="431"/>
        <source>Customers already in the shop:</source>
        <translation>Khách hàng đã có trong cửa hàng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="432"/>
        <source>Empty rows (skipped):</source>
        <translation>Dòng trống (bỏ qua):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="436"/>
        <source>What will be imported</source>
        <translation>Những gì sẽ được nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="437"/>
        <source>How to read the amounts</source>
        <translation>Cách đọc số tiền</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="438"/>
        <source>Rows with problems</source>
        <translation>Các dòng có lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="439"/>
        <source>Invoices already in the shop</source>
        <translation>Hóa đơn đã có trong cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="440"/>
        <source>Import the good rows and skip the bad ones</source>
        <translation>Nhập các dòng hợp lệ và bỏ qua các dòng lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="441"/>
        <source>Save the rejected rows…</source>
        <translation>Lưu các dòng bị loại…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/preview_page.py" line="442"/>
        <source>Read the file again</source>
        <translation>Đọc lại tệp</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../app/ui/printing.py" line="98"/>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="99"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="100"/>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="115"/>
        <location filename="../../app/ui/printing.py" line="120"/>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/printing.py" line="115"/>
        <source>PDF files</source>
        <translation>Tệp PDF</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/print_action.py" line="12"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../app/ui/import_assistant/widgets.py" line="113"/>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/widgets.py" line="116"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PurchaseHistory</name>
    <message>
        <location filename="../../app/ui/customers/models.py" line="211"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="212"/>
        <source>Invoice</source>
        <translation>Hóa đơn</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="216"/>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="218"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="214"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="217"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="215"/>
        <source>Amount</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="219"/>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../app/ui/customers/models.py" line="220"/>
        <source>Branch</source>
        <translation>Chi nhánh</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="151"/>
        <source>How customer-focused is the shop today? Answer each question as things are, not as you would like them to be. Each result is kept, so that you can take the quiz again in a few months and see the change.</source>
        <translation>Hôm nay cửa hàng lấy khách hàng làm trọng tâm đến mức nào? Hãy trả lời mỗi câu theo đúng thực tế, không phải theo điều bạn mong muốn. Mỗi kết quả đều được lưu lại, để vài tháng sau bạn làm lại bài trắc nghiệm và thấy sự thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="159"/>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="160"/>
        <source>Save result</source>
        <translation>Lưu kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="161"/>
        <source>Results over time</source>
        <translation>Kết quả theo thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="221"/>
        <source>This shop file is read-only: results cannot be saved.</source>
        <translation>Tệp cửa hàng này chỉ đọc: không thể lưu kết quả.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/checklist/quiz.py" line="223"/>
        <source>Questions still to answer: %n.</source>
        <translation>
            <numerusform>Số câu chưa trả lời: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="225"/>
        <source>Every question is answered.</source>
        <translation>Đã trả lời tất cả các câu hỏi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="238"/>
        <source>No result kept yet: answer the eight questions and save.</source>
        <translation>Chưa có kết quả nào: hãy trả lời tám câu hỏi rồi lưu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="241"/>
        <source>Latest score: {score} of {out_of} ({percent}), on {date}.</source>
        <translation>Điểm gần nhất: {score} trên {out_of} ({percent}), ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/checklist/quiz.py" line="247"/>
        <source>{date}: {score} of {out_of} ({percent})</source>
        <translation>{date}: {score} trên {out_of} ({percent})</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../app/services/overview/report.py" line="32"/>
        <source>Customer focus report</source>
        <translation>Báo cáo tập trung vào khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="33"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="34"/>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="35"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="37"/>
        <source>Customers who bought</source>
        <translation>Khách hàng đã mua</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="38"/>
        <source>New customers</source>
        <translation>Khách hàng mới</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="39"/>
        <source>Customers&apos; revenue</source>
        <translation>Doanh thu từ khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="40"/>
        <source>Walk-in sales</source>
        <translation>Doanh số khách vãng lai</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="41"/>
        <source>Returning customers&apos; share of revenue</source>
        <translation>Tỷ trọng doanh thu của khách hàng quay lại</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="66"/>
        <source>This is the demo shop: its customers and sales are made up.</source>
        <translation>Đây là cửa hàng mẫu: khách hàng và doanh số đều là giả lập.</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="73"/>
        <location filename="../../app/services/overview/report.py" line="152"/>
        <source>Previous</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="78"/>
        <source>The top 20% of customers bring {share} of the customers&apos; revenue.</source>
        <translation>20% khách hàng hàng đầu mang về {share} doanh thu từ khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="80"/>
        <source>Premium customers at risk: {count}, revenue at stake {money}.</source>
        <translation>Khách hàng cao cấp có nguy cơ rời đi: {count}, doanh thu có thể mất {money}.</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="84"/>
        <source>No sales yet: import a sales spreadsheet first.</source>
        <translation>Chưa có doanh số: hãy nhập bảng tính bán hàng trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="108"/>
        <source>{score} (95% interval {low} to {high}; {count} answers)</source>
        <translation>{score} (khoảng tin cậy 95%: từ {low} đến {high}; {count} câu trả lời)</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="152"/>
        <source>Now</source>
        <translation>Kỳ này</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="159"/>
        <source>Net Promoter Score</source>
        <translation>Chỉ số NPS</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="160"/>
        <source>Target segments</source>
        <translation>Phân khúc mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="161"/>
        <source>No segment is marked as a target yet.</source>
        <translation>Chưa có phân khúc nào được đánh dấu là mục tiêu.</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="163"/>
        <source>Personas</source>
        <translation>Chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="164"/>
        <source>No persona yet.</source>
        <translation>Chưa có chân dung khách hàng nào.</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="165"/>
        <source>Top improvements from the journey maps</source>
        <translation>Các cải tiến hàng đầu từ bản đồ hành trình</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="166"/>
        <source>No open improvement on the journey maps.</source>
        <translation>Không còn cải tiến nào đang mở trên bản đồ hành trình.</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="167"/>
        <source>Checklist progress</source>
        <translation>Tiến độ danh sách việc cần làm</translation>
    </message>
    <message>
        <location filename="../../app/services/overview/report.py" line="170"/>
        <source>Journey maps due for review: {titles}.</source>
        <translation>Bản đồ hành trình đến hạn xem xét: {titles}.</translation>
    </message>
</context>
<context>
    <name>RuleBuilder</name>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="51"/>
        <source>Purchases and segments</source>
        <translation>Mua hàng và phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="157"/>
        <location filename="../../app/ui/segments/rule_builder.py" line="396"/>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="218"/>
        <source>and</source>
        <translation>và</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="366"/>
        <source>This segment uses a field that this version does not know.</source>
        <translation>Phân khúc này dùng một trường thông tin mà phiên bản này không biết.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="385"/>
        <source>Remove this condition</source>
        <translation>Bỏ điều kiện này</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="498"/>
        <source>Customers who match</source>
        <translation>Khách hàng thỏa</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="498"/>
        <source>A group that matches</source>
        <translation>Một nhóm thỏa</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="499"/>
        <source>all of these conditions</source>
        <translation>tất cả các điều kiện sau</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="500"/>
        <source>any of these conditions</source>
        <translation>bất kỳ điều kiện nào sau đây</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="501"/>
        <source>Add a condition</source>
        <translation>Thêm điều kiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="502"/>
        <source>Add a group</source>
        <translation>Thêm nhóm điều kiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="503"/>
        <source>Remove this group</source>
        <translation>Bỏ nhóm này</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="673"/>
        <source>%n days</source>
        <translation>%n ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="689"/>
        <source>{low} and {high}</source>
        <translation>{low} và {high}</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="701"/>
        <source>every customer</source>
        <translation>mọi khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="701"/>
        <source>no customer</source>
        <translation>không khách hàng nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="705"/>
        <source>all of: {conditions}</source>
        <translation>tất cả: {conditions}</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="705"/>
        <source>any of: {conditions}</source>
        <translation>bất kỳ: {conditions}</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="711"/>
        <source>{field} {operator}</source>
        <translation>{field} {operator}</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="712"/>
        <source>{field} {operator} {value}</source>
        <translation>{field} {operator} {value}</translation>
    </message>
</context>
<context>
    <name>RuleBuilderDialog</name>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="576"/>
        <source>Fill in every condition to see how many customers match.</source>
        <translation>Điền đủ mọi điều kiện để xem có bao nhiêu khách hàng thỏa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/segments/rule_builder.py" line="583"/>
        <source>%n customers match these conditions.</source>
        <translation>
            <numerusform>%n khách hàng thỏa các điều kiện này.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="596"/>
        <source>Fill in every condition before saving.</source>
        <translation>Hãy điền đủ mọi điều kiện trước khi lưu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="607"/>
        <source>Edit a hand-made segment</source>
        <translation>Sửa phân khúc tự tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="607"/>
        <source>New hand-made segment</source>
        <translation>Phân khúc tự tạo mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="608"/>
        <source>Name of the segment:</source>
        <translation>Tên phân khúc:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="609"/>
        <source>For example: Office customers who buy cakes</source>
        <translation>Ví dụ: Khách văn phòng hay mua bánh</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/rule_builder.py" line="610"/>
        <source>Save the segment</source>
        <translation>Lưu phân khúc</translation>
    </message>
</context>
<context>
    <name>RuleField</name>
    <message>
        <location filename="../../app/services/segments/rules.py" line="71"/>
        <source>Recency score (1-5)</source>
        <translation>Điểm gần đây (1-5)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="72"/>
        <source>Frequency score (1-5)</source>
        <translation>Điểm tần suất (1-5)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="73"/>
        <source>Spend score (1-5)</source>
        <translation>Điểm chi tiêu (1-5)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="74"/>
        <source>RFM segment</source>
        <translation>Phân khúc RFM</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="75"/>
        <source>Value tier</source>
        <translation>Hạng giá trị</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="76"/>
        <source>Premium customer at risk</source>
        <translation>Khách hàng cao cấp có nguy cơ rời bỏ</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="77"/>
        <source>Total spend</source>
        <translation>Tổng chi tiêu</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="78"/>
        <source>Number of purchases</source>
        <translation>Số lần mua</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="79"/>
        <source>Days since the last purchase</source>
        <translation>Số ngày từ lần mua gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="80"/>
        <source>First purchase</source>
        <translation>Lần mua đầu</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="81"/>
        <source>Last purchase</source>
        <translation>Lần mua gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="82"/>
        <source>Category of the first purchase</source>
        <translation>Danh mục của lần mua đầu</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="83"/>
        <source>Categories bought</source>
        <translation>Các danh mục đã mua</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="84"/>
        <source>Main sales channel</source>
        <translation>Kênh mua chính</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="85"/>
        <source>NPS answer (latest)</source>
        <translation>Câu trả lời NPS (gần nhất)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="86"/>
        <source>Last score (0-10)</source>
        <translation>Điểm gần nhất (0-10)</translation>
    </message>
</context>
<context>
    <name>RuleOperator</name>
    <message>
        <location filename="../../app/services/segments/rules.py" line="43"/>
        <location filename="../../app/services/segments/rules.py" line="50"/>
        <source>is</source>
        <translation>là</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="44"/>
        <location filename="../../app/services/segments/rules.py" line="51"/>
        <source>is not</source>
        <translation>không là</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="45"/>
        <source>contains</source>
        <translation>có chứa</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="46"/>
        <source>does not contain</source>
        <translation>không chứa</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="47"/>
        <source>starts with</source>
        <translation>bắt đầu bằng</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="48"/>
        <source>is empty</source>
        <translation>để trống</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="49"/>
        <source>is not empty</source>
        <translation>không để trống</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="52"/>
        <source>is one of</source>
        <translation>là một trong</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="53"/>
        <source>is none of</source>
        <translation>không là giá trị nào trong</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="55"/>
        <source>is between</source>
        <translation>nằm trong khoảng</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="56"/>
        <source>is before</source>
        <translation>trước ngày</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="57"/>
        <source>is after</source>
        <translation>sau ngày</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="58"/>
        <source>is on</source>
        <translation>vào ngày</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="59"/>
        <source>is within the last (days)</source>
        <translation>trong vòng (số ngày) gần đây</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="60"/>
        <source>is more than (days) ago</source>
        <translation>cách đây hơn (số ngày)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="61"/>
        <source>is in month</source>
        <translation>rơi vào tháng</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="62"/>
        <source>is yes</source>
        <translation>là có</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="63"/>
        <source>is no</source>
        <translation>là không</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="64"/>
        <source>has the tag</source>
        <translation>có nhãn</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="65"/>
        <source>does not have the tag</source>
        <translation>không có nhãn</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="66"/>
        <source>includes one of</source>
        <translation>có mua một trong</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="67"/>
        <source>includes none of</source>
        <translation>không mua danh mục nào trong</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../app/services/segments/rules.py" line="147"/>
        <source>The value {value} of the rule on {field} is not a date (yyyy-mm-dd).</source>
        <translation>Giá trị {value} của điều kiện về {field} không phải là ngày (yyyy-mm-dd).</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="153"/>
        <source>The rule on {field} needs a number.</source>
        <translation>Điều kiện về {field} cần một con số.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="157"/>
        <source>The rule on {field} needs a number, not {value}.</source>
        <translation>Điều kiện về {field} cần một con số, không phải {value}.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="160"/>
        <source>The rule on {field} needs a finite number.</source>
        <translation>Điều kiện về {field} cần một con số hữu hạn.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="169"/>
        <source>The number of days in the rule on {field} must be a whole number, 0 or more.</source>
        <translation>Số ngày trong điều kiện về {field} phải là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="176"/>
        <source>The month in the rule on {field} must be between 1 and 12.</source>
        <translation>Tháng trong điều kiện về {field} phải nằm trong khoảng từ 1 đến 12.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="186"/>
        <source>The rule on {field} needs a category.</source>
        <translation>Điều kiện về {field} cần một danh mục.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="190"/>
        <source>The rule on {field} needs a value.</source>
        <translation>Điều kiện về {field} cần một giá trị.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="193"/>
        <source>{value} is not an RFM segment.</source>
        <translation>{value} không phải là một phân khúc RFM.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="195"/>
        <source>{value} is not a value tier.</source>
        <translation>{value} không phải là một hạng giá trị.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="197"/>
        <source>{value} is not one of the choices of {field}.</source>
        <translation>{value} không nằm trong các lựa chọn của {field}.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="205"/>
        <source>A rule has unknown parts: {parts}.</source>
        <translation>Một điều kiện có thành phần không xác định: {parts}.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="208"/>
        <source>The rule field {field} is not known.</source>
        <translation>Không biết trường {field} trong điều kiện.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="211"/>
        <source>The operator {operator} cannot be used with {field}.</source>
        <translation>Không thể dùng phép so sánh {operator} với {field}.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="219"/>
        <source>The rule on {field} needs between 1 and {most} values.</source>
        <translation>Điều kiện về {field} cần từ 1 đến {most} giá trị.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="224"/>
        <source>The rule on {field} needs two values (from and to).</source>
        <translation>Điều kiện về {field} cần hai giá trị (từ và đến).</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="228"/>
        <source>In the rule on {field} the first value must not be above the second.</source>
        <translation>Trong điều kiện về {field}, giá trị đầu không được lớn hơn giá trị sau.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="240"/>
        <source>A rule must be a condition or an all/any group.</source>
        <translation>Một quy tắc phải là một điều kiện hoặc một nhóm all/any.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="243"/>
        <source>A group has either &apos;all&apos; or &apos;any&apos;, and nothing else.</source>
        <translation>Một nhóm chỉ có &apos;all&apos; hoặc &apos;any&apos;, không có gì khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="245"/>
        <source>Groups can be nested at most {most} deep.</source>
        <translation>Các nhóm chỉ được lồng nhau tối đa {most} cấp.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="249"/>
        <source>A group holds a list of rules.</source>
        <translation>Một nhóm chứa một danh sách điều kiện.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="253"/>
        <source>A segment can have at most {most} conditions.</source>
        <translation>Một phân khúc có tối đa {most} điều kiện.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="325"/>
        <source>This saved segment no longer exists.</source>
        <translation>Phân khúc đã lưu này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="339"/>
        <source>A saved segment needs a name.</source>
        <translation>Phân khúc cần được lưu với một cái tên.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/rules.py" line="345"/>
        <source>A segment named {name} already exists.</source>
        <translation>Đã có một phân khúc tên là {name}.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="119"/>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="169"/>
        <source>Saved {count} rejected rows to {file}.</source>
        <translation>Đã lưu {count} dòng bị loại vào {file}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="177"/>
        <source>Imported {file}: {lines} lines added, {duplicates} already in the shop.</source>
        <translation>Đã nhập {file}: thêm {lines} dòng, {duplicates} dòng đã có trong cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="184"/>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="184"/>
        <source>Your sales are in the shop. Every tab shows them now.</source>
        <translation>Dữ liệu bán hàng đã vào cửa hàng. Mọi thẻ giờ đều hiển thị dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="185"/>
        <source>Import cancelled</source>
        <translation>Đã hủy nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="185"/>
        <location filename="../../app/ui/import_assistant/run_page.py" line="186"/>
        <source>The shop is exactly as it was before.</source>
        <translation>Cửa hàng vẫn y nguyên như trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="186"/>
        <source>Nothing was imported</source>
        <translation>Chưa có gì được nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="188"/>
        <source>Importing</source>
        <translation>Đang nhập dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="189"/>
        <source>Your sales are written to the shop in one go: all of them, or none if you cancel.</source>
        <translation>Dữ liệu bán hàng được ghi vào cửa hàng trong một lần: ghi tất cả, hoặc không ghi gì nếu bạn hủy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="199"/>
        <source>The import was cancelled. Nothing was changed in the shop.</source>
        <translation>Đã hủy nhập dữ liệu. Cửa hàng không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="222"/>
        <source>{seconds} s</source>
        <translation>{seconds} giây</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="234"/>
        <source>The shop keeps its figures in {currency} from now on, the currency of this file.</source>
        <translation>Từ nay cửa hàng ghi số liệu bằng {currency}, loại tiền của tệp này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="238"/>
        <source>{count} rows with problems were skipped. You can save them to a file, correct them and import that file.</source>
        <translation>Đã bỏ qua {count} dòng có lỗi. Bạn có thể lưu chúng vào một tệp, sửa lại rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="243"/>
        <source>Rows read:</source>
        <translation>Số dòng đã đọc:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="244"/>
        <source>Lines added:</source>
        <translation>Số dòng đã thêm:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="245"/>
        <source>Already in the shop (skipped):</source>
        <translation>Đã có trong cửa hàng (bỏ qua):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="246"/>
        <source>Rows with problems (skipped):</source>
        <translation>Dòng có lỗi (bỏ qua):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="247"/>
        <source>Empty rows (skipped):</source>
        <translation>Dòng trống (bỏ qua):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="248"/>
        <source>New customers:</source>
        <translation>Khách hàng mới:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="249"/>
        <source>Customers completed with new details:</source>
        <translation>Khách hàng được bổ sung thông tin:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="250"/>
        <source>Lines of cancelled orders (not imported):</source>
        <translation>Dòng của đơn đã hủy (không nhập):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="251"/>
        <source>Lines removed (orders cancelled since an earlier import):</source>
        <translation>Dòng đã xóa (đơn bị hủy sau lần nhập trước):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="252"/>
        <source>Lines of invoices already in the shop (kept as they were):</source>
        <translation>Dòng của hóa đơn đã có trong cửa hàng (giữ nguyên):</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="253"/>
        <source>Stored lines replaced by this file&apos;s:</source>
        <translation>Dòng đã lưu được thay bằng dòng của tệp này:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="254"/>
        <source>Time taken:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="258"/>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="259"/>
        <source>Back to the preview</source>
        <translation>Quay lại phần xem trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_assistant/run_page.py" line="260"/>
        <source>Save the rejected rows…</source>
        <translation>Lưu các dòng bị loại…</translation>
    </message>
</context>
<context>
    <name>SavedSegmentsPage</name>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="71"/>
        <source>No hand-made segment yet: click “New segment…” to make one.</source>
        <translation>Chưa có phân khúc tự tạo nào: nhấp “Phân khúc mới…” để tạo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="112"/>
        <source>Edit a hand-made segment</source>
        <translation>Sửa phân khúc tự tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="131"/>
        <location filename="../../app/ui/segments/saved_page.py" line="137"/>
        <source>Delete a segment</source>
        <translation>Xóa phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="132"/>
        <source>Delete the segment {name}? Its customers stay as they are.</source>
        <translation>Xóa phân khúc {name}? Các khách hàng trong đó vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="133"/>
        <location filename="../../app/ui/segments/saved_page.py" line="155"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="149"/>
        <source>Hand-made segments</source>
        <translation>Phân khúc tự tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="151"/>
        <source>Segments you define yourself with conditions on customer details, figures and tags. They are kept up to date as sales come in, and appear in the target choice.</source>
        <translation>Những phân khúc bạn tự định nghĩa bằng điều kiện về thông tin khách hàng, số liệu và nhãn. Chúng được cập nhật khi có doanh số mới và xuất hiện trong phần chọn phân khúc mục tiêu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="153"/>
        <source>New segment…</source>
        <translation>Phân khúc mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="154"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
</context>
<context>
    <name>Segment</name>
    <message>
        <location filename="../../app/services/segments/config.py" line="21"/>
        <source>Size</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="22"/>
        <source>Profitability</source>
        <translation>Khả năng sinh lời</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="23"/>
        <source>Accessibility</source>
        <translation>Khả năng tiếp cận</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="24"/>
        <source>Stability</source>
        <translation>Độ ổn định</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="32"/>
        <source>The recency thresholds must be whole numbers.</source>
        <translation>Các ngưỡng về độ gần đây phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="33"/>
        <source>The recency thresholds need four values, for scores 2 to 5.</source>
        <translation>Các ngưỡng về độ gần đây cần bốn giá trị, cho điểm từ 2 đến 5.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="34"/>
        <source>The recency thresholds must be positive and strictly decreasing.</source>
        <translation>Các ngưỡng về độ gần đây phải là số dương và giảm dần.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="37"/>
        <source>The frequency thresholds must be whole numbers.</source>
        <translation>Các ngưỡng về tần suất phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="38"/>
        <source>The frequency thresholds need four values, for scores 2 to 5.</source>
        <translation>Các ngưỡng về tần suất cần bốn giá trị, cho điểm từ 2 đến 5.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="39"/>
        <source>The frequency thresholds must be positive and strictly increasing.</source>
        <translation>Các ngưỡng về tần suất phải là số dương và tăng dần.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="42"/>
        <source>The spend thresholds must be whole numbers.</source>
        <translation>Các ngưỡng về chi tiêu phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="43"/>
        <source>The spend thresholds need four values, for scores 2 to 5.</source>
        <translation>Các ngưỡng về chi tiêu cần bốn giá trị, cho điểm từ 2 đến 5.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="44"/>
        <source>The spend thresholds must be positive and strictly increasing.</source>
        <translation>Các ngưỡng về chi tiêu phải là số dương và tăng dần.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="92"/>
        <source>The number of days for a regular customer must be between 1 and 3650.</source>
        <translation>Số ngày cho khách hàng thường xuyên phải nằm trong khoảng từ 1 đến 3650.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="95"/>
        <source>The at-risk factor must be between 1 and 20.</source>
        <translation>Hệ số nguy cơ rời bỏ phải nằm trong khoảng từ 1 đến 20.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="97"/>
        <source>The at-risk minimum number of days must be between 0 and 3650.</source>
        <translation>Số ngày tối thiểu để tính là có nguy cơ rời bỏ phải nằm trong khoảng từ 0 đến 3650.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="103"/>
        <source>The weights of the criteria must be numbers.</source>
        <translation>Trọng số của các tiêu chí phải là số.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="105"/>
        <source>The weights of the criteria must not be negative, and at least one must be above zero.</source>
        <translation>Trọng số của các tiêu chí không được âm, và ít nhất một trọng số phải lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/config.py" line="108"/>
        <source>The reference date for recency must be the day after the last sale or today.</source>
        <translation>Ngày tham chiếu để tính độ gần đây phải là ngày sau lần bán cuối cùng hoặc hôm nay.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="26"/>
        <source>Champions</source>
        <translation>Xuất sắc</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="27"/>
        <source>Bought recently, buy often and spend the most.</source>
        <translation>Mới mua gần đây, mua thường xuyên và chi tiêu nhiều nhất.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="28"/>
        <source>Thank them personally, offer early access to new products and ask them to recommend you.</source>
        <translation>Cảm ơn riêng từng người, mời họ dùng thử sản phẩm mới sớm nhất và nhờ họ giới thiệu cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="32"/>
        <source>Loyal</source>
        <translation>Trung thành</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="33"/>
        <source>Buy often and still come back regularly.</source>
        <translation>Mua thường xuyên và vẫn đều đặn quay lại.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="34"/>
        <source>Reward them with a loyalty programme and ask for reviews and feedback.</source>
        <translation>Tri ân họ bằng chương trình khách hàng thân thiết và xin đánh giá, góp ý.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="38"/>
        <source>Potential loyalists</source>
        <translation>Tiềm năng trung thành</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="39"/>
        <source>Recent customers who have bought more than once.</source>
        <translation>Khách hàng gần đây đã mua từ hai lần trở lên.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="40"/>
        <source>Offer a membership or points card and recommend products that go with what they bought.</source>
        <translation>Mời làm thẻ thành viên hoặc thẻ tích điểm và gợi ý sản phẩm đi kèm với món họ đã mua.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="44"/>
        <source>New customers</source>
        <translation>Khách mới</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="45"/>
        <source>Bought for the first time very recently.</source>
        <translation>Vừa mua lần đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="46"/>
        <source>Welcome them, follow up after the purchase and give a reason to come back soon.</source>
        <translation>Chào đón họ, hỏi thăm sau khi mua và cho họ một lý do để sớm quay lại.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="50"/>
        <source>Promising</source>
        <translation>Triển vọng</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="51"/>
        <source>Bought recently, but only once so far.</source>
        <translation>Mới mua gần đây, nhưng đến nay mới mua một lần.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="52"/>
        <source>Make them know the shop better with a small voucher for the next visit.</source>
        <translation>Giúp họ biết rõ hơn về cửa hàng bằng một phiếu mua hàng nhỏ cho lần ghé sau.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="56"/>
        <source>Need attention</source>
        <translation>Cần quan tâm</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="57"/>
        <source>Average customers who have not bought for a while.</source>
        <translation>Khách hàng ở mức trung bình đã một thời gian chưa mua.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="58"/>
        <source>Send a limited-time offer based on what they bought before.</source>
        <translation>Gửi ưu đãi có thời hạn dựa trên những gì họ đã mua trước đây.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="62"/>
        <source>About to sleep</source>
        <translation>Sắp ngủ quên</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="63"/>
        <source>Bought rarely and are drifting away.</source>
        <translation>Ít khi mua và đang dần xa cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="64"/>
        <source>Remind them of the shop with popular products and a discount code.</source>
        <translation>Nhắc họ nhớ đến cửa hàng bằng các sản phẩm bán chạy và một mã giảm giá.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="68"/>
        <source>At risk</source>
        <translation>Nguy cơ rời bỏ</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="69"/>
        <source>Used to buy often but have not come back for a long time.</source>
        <translation>Từng mua thường xuyên nhưng đã lâu không quay lại.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="70"/>
        <source>Contact them personally, ask what went wrong and make a generous offer.</source>
        <translation>Liên hệ riêng với họ, hỏi xem điều gì chưa ổn và đưa ra một ưu đãi hào phóng.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="74"/>
        <source>Can&apos;t lose them</source>
        <translation>Không thể để mất</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="75"/>
        <source>Were among the most frequent customers but stopped coming.</source>
        <translation>Từng là những khách mua thường xuyên nhất nhưng đã ngừng đến.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="76"/>
        <source>Call them now: win them back with their favourite products and a personal gift.</source>
        <translation>Gọi cho họ ngay: lấy lại họ bằng những món họ yêu thích và một món quà riêng.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="80"/>
        <source>Hibernating</source>
        <translation>Ngủ đông</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="81"/>
        <source>Bought rarely and not for a long time.</source>
        <translation>Ít khi mua và đã lâu không mua.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="82"/>
        <source>Include them in seasonal campaigns only; do not spend much on them.</source>
        <translation>Chỉ đưa họ vào các chiến dịch theo mùa; đừng tốn nhiều chi phí cho nhóm này.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="86"/>
        <source>Lost</source>
        <translation>Đã rời bỏ</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="87"/>
        <source>Bought once or twice, long ago.</source>
        <translation>Mua một hai lần, từ lâu rồi.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="88"/>
        <source>Try one reactivation message; otherwise leave them out of campaigns.</source>
        <translation>Thử gửi một tin nhắn mời quay lại; nếu không được thì bỏ họ ra khỏi các chiến dịch.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="116"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="117"/>
        <source>The top 10% of customers by total spend.</source>
        <translation>10% khách hàng có tổng chi tiêu cao nhất.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="118"/>
        <source>Premium</source>
        <translation>Cao cấp</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="119"/>
        <source>The next 10% of customers by total spend (together with VIP, the top 20%).</source>
        <translation>10% khách hàng kế tiếp theo tổng chi tiêu (cùng với VIP là 20% cao nhất).</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="120"/>
        <source>Regular</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="121"/>
        <source>Bought more than once, on average at least once every three months.</source>
        <translation>Mua từ hai lần trở lên, trung bình ít nhất ba tháng một lần.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="122"/>
        <source>Occasional</source>
        <translation>Thỉnh thoảng</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="123"/>
        <source>Bought more than once, but less often than every three months.</source>
        <translation>Mua từ hai lần trở lên, nhưng thưa hơn ba tháng một lần.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="124"/>
        <source>One-time</source>
        <translation>Mua một lần</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="125"/>
        <source>Bought only once.</source>
        <translation>Chỉ mua một lần.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="130"/>
        <source>This shop has fewer than 200 customers with purchases or less than 90 days of sales, so the scores use fixed thresholds that you can change instead of quintiles.</source>
        <translation>Cửa hàng này có dưới 200 khách hàng đã mua hoặc dưới 90 ngày dữ liệu bán hàng, nên điểm được tính theo các ngưỡng cố định (bạn có thể thay đổi) thay vì ngũ phân vị.</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="135"/>
        <source>Not yet a customer</source>
        <translation>Chưa mua hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="136"/>
        <source>All customers with purchases</source>
        <translation>Tất cả khách hàng đã mua hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/definitions.py" line="137"/>
        <source>Premium customers at risk</source>
        <translation>Khách hàng cao cấp có nguy cơ rời bỏ</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/figures.py" line="116"/>
        <source>The reference date must be after the last purchase ({date}).</source>
        <translation>Ngày tham chiếu phải sau lần mua gần nhất ({date}).</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/membership.py" line="27"/>
        <source>Recency score {r}, frequency score {f}</source>
        <translation>Điểm gần đây {r}, điểm tần suất {f}</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/membership.py" line="28"/>
        <source>From {before} to {after}</source>
        <translation>Từ {before} sang {after}</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/membership.py" line="29"/>
        <source>Buyers of {category}</source>
        <translation>Người mua danh mục {category}</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/membership.py" line="30"/>
        <source>now</source>
        <translation>hiện tại</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/membership.py" line="43"/>
        <source>There is no segment {ref}.</source>
        <translation>Không có phân khúc {ref}.</translation>
    </message>
</context>
<context>
    <name>SegmentChart</name>
    <message>
        <location filename="../../app/services/segments/charts.py" line="165"/>
        <source>Share of customers (%)</source>
        <translation>Tỷ lệ khách hàng (%)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="166"/>
        <source>Share of revenue (%)</source>
        <translation>Tỷ lệ doanh thu (%)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="194"/>
        <source>{share} of customers bring 80% of revenue</source>
        <translation>{share} khách hàng mang lại 80% doanh thu</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="196"/>
        <source>Top 20%: {share} of revenue</source>
        <translation>20% đứng đầu: {share} doanh thu</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="203"/>
        <source>Share of customers, best first (%)</source>
        <translation>Tỷ lệ khách hàng, tốt nhất trước (%)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="204"/>
        <source>Cumulative share of revenue (%)</source>
        <translation>Doanh thu cộng dồn (%)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="234"/>
        <source>Frequency score (5 = buys most often)</source>
        <translation>Điểm tần suất (5 = mua thường xuyên nhất)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="235"/>
        <source>Recency score (5 = bought most recently)</source>
        <translation>Điểm gần đây (5 = mua gần đây nhất)</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="268"/>
        <source>Segment at the later date</source>
        <translation>Phân khúc ở thời điểm sau</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="269"/>
        <source>Segment at the earlier date</source>
        <translation>Phân khúc ở thời điểm trước</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="270"/>
        <source>From {before} to {after}: {moved} customers changed segment, {stayed} stayed</source>
        <translation>Từ {before} đến {after}: {moved} khách hàng đổi phân khúc, {stayed} khách hàng giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../app/services/segments/charts.py" line="282"/>
        <source>now</source>
        <translation>hiện tại</translation>
    </message>
</context>
<context>
    <name>SegmentSettingsDialog</name>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="176"/>
        <location filename="../../app/ui/segments/settings_dialog.py" line="183"/>
        <source>Scoring settings</source>
        <translation>Thiết lập cách tính điểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="185"/>
        <source>Scores from 1 to 5 normally come from quintiles: each score holds a fifth of the customers. When a shop has fewer than 200 customers with purchases or less than 90 days of sales, quintiles jump around, so the scores come from the thresholds below instead.</source>
        <translation>Điểm từ 1 đến 5 thường được chia theo ngũ phân vị: mỗi mức điểm gồm một phần năm số khách hàng. Khi cửa hàng có dưới 200 khách hàng đã mua hoặc dưới 90 ngày dữ liệu bán hàng, cách chia này dao động thất thường, nên điểm được tính theo các ngưỡng bên dưới.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="191"/>
        <source>This shop uses these thresholds now.</source>
        <translation>Cửa hàng này hiện đang dùng các ngưỡng này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="194"/>
        <source>This shop has enough customers and history for quintiles; the thresholds are used only while a shop is small.</source>
        <translation>Cửa hàng này đã có đủ khách hàng và dữ liệu để chia theo ngũ phân vị; các ngưỡng chỉ được dùng khi cửa hàng còn nhỏ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="196"/>
        <source>Thresholds for small shops</source>
        <translation>Ngưỡng cho cửa hàng nhỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="198"/>
        <source>Score {score}:</source>
        <translation>Điểm {score}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="199"/>
        <source>Last purchase at most (days ago)</source>
        <translation>Lần mua gần nhất cách đây tối đa (ngày)</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="200"/>
        <source>Purchases, at least</source>
        <translation>Số lần mua, tối thiểu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="201"/>
        <source>Total spend, at least</source>
        <translation>Tổng chi tiêu, tối thiểu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="202"/>
        <source>From the median spend (half, once, twice, four times)</source>
        <translation>Theo mức chi tiêu trung vị (một nửa, bằng, gấp đôi, gấp bốn)</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="203"/>
        <source>Value tiers</source>
        <translation>Hạng giá trị</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="205"/>
        <source>A repeat customer is Regular when, on average, they buy at least once in this many days:</source>
        <translation>Khách mua lại được xem là Thường xuyên khi trung bình mua ít nhất một lần trong số ngày này:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="206"/>
        <source>Premium customers at risk</source>
        <translation>Khách hàng cao cấp có nguy cơ rời bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="208"/>
        <source>A VIP or Premium customer is at risk when away longer than their usual gap between purchases times this factor:</source>
        <translation>Khách VIP hoặc Cao cấp có nguy cơ rời bỏ khi vắng mặt lâu hơn khoảng cách thường lệ giữa hai lần mua nhân với hệ số này:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="210"/>
        <source>and away for at least this many days:</source>
        <translation>và đã vắng mặt ít nhất số ngày này:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="211"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/settings_dialog.py" line="212"/>
        <source>Restore the defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="29"/>
        <source>Category</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="30"/>
        <source>Buyers</source>
        <translation>Người mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="31"/>
        <source>Customers who bought in this category at least once</source>
        <translation>Khách hàng đã mua trong danh mục này ít nhất một lần</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="32"/>
        <source>First purchases</source>
        <translation>Lần mua đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="33"/>
        <source>Customers whose very first purchase was in this category</source>
        <translation>Khách hàng có lần mua đầu tiên thuộc danh mục này</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="34"/>
        <source>Buyers&apos; average spend</source>
        <translation>Chi tiêu TB của người mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="35"/>
        <source>What these buyers spent at the shop in all, on average</source>
        <translation>Tổng chi tiêu trung bình của những người mua này tại cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="36"/>
        <source>First buyers&apos; average spend</source>
        <translation>Chi tiêu TB của người mua lần đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="37"/>
        <source>What the customers who started with this category spent in all, on average</source>
        <translation>Tổng chi tiêu trung bình của những khách hàng bắt đầu bằng danh mục này</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="38"/>
        <source>Category revenue</source>
        <translation>Doanh thu danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="41"/>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="47"/>
        <source>Condition</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="42"/>
        <location filename="../../app/ui/segments/display.py" line="122"/>
        <location filename="../../app/ui/segments/movement_page.py" line="32"/>
        <location filename="../../app/ui/segments/saved_page.py" line="21"/>
        <location filename="../../app/ui/segments/targets_page.py" line="39"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="43"/>
        <source>% kept</source>
        <translation>% giữ lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="44"/>
        <location filename="../../app/ui/segments/display.py" line="126"/>
        <source>Average spend</source>
        <translation>Chi tiêu TB</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="45"/>
        <source>Spend vs. step 0</source>
        <translation>Chi tiêu so với bước 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/categories_page.py" line="46"/>
        <source>The average spend of this step against that of all the category&apos;s buyers</source>
        <translation>Chi tiêu trung bình ở bước này so với của tất cả người mua danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/display.py" line="123"/>
        <source>% of customers</source>
        <translation>% khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/display.py" line="124"/>
        <location filename="../../app/ui/segments/targets_page.py" line="40"/>
        <source>Revenue</source>
        <translation>Doanh thu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/display.py" line="125"/>
        <source>% of revenue</source>
        <translation>% doanh thu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="24"/>
        <source>Code</source>
        <translation>Mã KH</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="25"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="26"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="27"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="28"/>
        <source>RFM segment</source>
        <translation>Phân khúc RFM</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="29"/>
        <location filename="../../app/ui/segments/value_page.py" line="37"/>
        <source>Value tier</source>
        <translation>Hạng giá trị</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="30"/>
        <source>Purchases</source>
        <translation>Số lần mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="31"/>
        <source>Total spent</source>
        <translation>Tổng chi tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="32"/>
        <source>First purchase</source>
        <translation>Lần mua đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="33"/>
        <source>Last purchase</source>
        <translation>Lần mua gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="34"/>
        <source>Days since last purchase</source>
        <translation>Số ngày từ lần mua gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="35"/>
        <source>Usual gap (days)</source>
        <translation>Khoảng cách thường lệ (ngày)</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/members.py" line="36"/>
        <source>How many days usually pass between two purchases of this customer</source>
        <translation>Số ngày thường có giữa hai lần mua của khách hàng này</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/chart_view.py" line="28"/>
        <source>Click a bar or a cell to list its customers.</source>
        <translation>Nhấp vào một cột hoặc một ô để xem danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="33"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="34"/>
        <source>To</source>
        <translation>Sang</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="62"/>
        <source>Click a cell to list the customers who made that move.</source>
        <translation>Nhấp vào một ô để xem những khách hàng đã dịch chuyển như vậy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/movement_page.py" line="133"/>
        <source>Movement needs two month-end snapshots, so at least two complete months of sales.</source>
        <translation>Cần hai lần ghi nhận cuối tháng để thấy sự dịch chuyển, tức là ít nhất hai tháng bán hàng trọn vẹn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/overview_page.py" line="21"/>
        <location filename="../../app/ui/segments/saved_page.py" line="20"/>
        <location filename="../../app/ui/segments/targets_page.py" line="36"/>
        <source>Segment</source>
        <translation>Phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/page.py" line="84"/>
        <source>No chart until customers have bought something.</source>
        <translation>Chưa có biểu đồ cho đến khi khách hàng mua hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/saved_page.py" line="22"/>
        <source>Conditions</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="33"/>
        <source>Rank</source>
        <translation>Thứ hạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="34"/>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="35"/>
        <source>Tick the segments you choose to focus on</source>
        <translation>Đánh dấu các phân khúc bạn chọn để tập trung</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="37"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="38"/>
        <source>The weighted score of the four criteria, out of 100</source>
        <translation>Điểm có trọng số của bốn tiêu chí, trên thang 100</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="41"/>
        <source>Growth</source>
        <translation>Tăng trưởng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="42"/>
        <source>Revenue of the last three complete months against the three before</source>
        <translation>Doanh thu ba tháng trọn vẹn gần nhất so với ba tháng trước đó</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="45"/>
        <source>Revenue per customer</source>
        <translation>Doanh thu mỗi khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="46"/>
        <source>Reachable</source>
        <translation>Liên hệ được</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="47"/>
        <source>Share of the customers with a phone or an e-mail who agree to marketing messages</source>
        <translation>Tỷ lệ khách hàng có số điện thoại hoặc email và đồng ý nhận tin tiếp thị</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="48"/>
        <source>Steadiness</source>
        <translation>Mức ổn định</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="49"/>
        <source>How steady the segment&apos;s monthly revenue is, out of 100</source>
        <translation>Mức ổn định của doanh thu hằng tháng của phân khúc, trên thang 100</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="50"/>
        <source>Members kept</source>
        <translation>Thành viên giữ lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="51"/>
        <source>Share of last month&apos;s members still in the segment (RFM segments)</source>
        <translation>Tỷ lệ thành viên tháng trước vẫn còn trong phân khúc (phân khúc RFM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="52"/>
        <source>Size score</source>
        <translation>Điểm quy mô</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="53"/>
        <source>Profitability score</source>
        <translation>Điểm sinh lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="54"/>
        <source>Accessibility score</source>
        <translation>Điểm tiếp cận</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="55"/>
        <source>Stability score</source>
        <translation>Điểm ổn định</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="64"/>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="66"/>
        <source>gone</source>
        <translation>mất hẳn</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="90"/>
        <source>Click the VIP or Premium band to list its customers.</source>
        <translation>Nhấp vào dải VIP hoặc Cao cấp để xem danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="39"/>
        <source>Overview and RFM</source>
        <translation>Tổng quan và RFM</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="40"/>
        <source>Customer value</source>
        <translation>Giá trị khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="41"/>
        <source>Product categories</source>
        <translation>Danh mục sản phẩm</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="42"/>
        <source>Hand-made segments</source>
        <translation>Phân khúc tự tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="43"/>
        <source>Target choice</source>
        <translation>Chọn phân khúc mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="44"/>
        <source>Movement</source>
        <translation>Dịch chuyển</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="164"/>
        <location filename="../../app/ui/segments/tab.py" line="210"/>
        <source>Computing the segments</source>
        <translation>Đang tính các phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="343"/>
        <source>Computing the segments…</source>
        <translation>Đang tính các phân khúc…</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="348"/>
        <source>No customer has bought anything yet: import sales to see the segments.</source>
        <translation>Chưa có khách hàng nào mua hàng: hãy nhập dữ liệu bán hàng để xem các phân khúc.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/segments/tab.py" line="351"/>
        <source>Figures as of {date}: %n customers with purchases, who spent {revenue} in all.</source>
        <translation>
            <numerusform>Số liệu tính đến {date}: %n khách hàng đã mua hàng, tổng chi tiêu {revenue}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="365"/>
        <source>Scoring settings…</source>
        <translation>Thiết lập cách tính điểm…</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="367"/>
        <source>Thresholds for small shops, the rules of the value tiers and of premium customers at risk</source>
        <translation>Ngưỡng cho cửa hàng nhỏ, quy tắc của các hạng giá trị và của khách hàng cao cấp có nguy cơ rời bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/tab.py" line="368"/>
        <source>Edit the thresholds…</source>
        <translation>Sửa các ngưỡng…</translation>
    </message>
</context>
<context>
    <name>Shop</name>
    <message>
        <location filename="../../app/services/shop.py" line="92"/>
        <source>The file {name} already exists.</source>
        <translation>Tệp {name} đã tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="123"/>
        <location filename="../../app/services/shop.py" line="191"/>
        <source>The shop file {path} does not exist.</source>
        <translation>Tệp cửa hàng {path} không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="129"/>
        <source>The shop file {name} is already open in another window.</source>
        <translation>Tệp cửa hàng {name} đang được mở trong một cửa sổ khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="138"/>
        <source>The shop file {name} is damaged ({error}).</source>
        <translation>Tệp cửa hàng {name} bị hỏng ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="100"/>
        <source>The shop file {name} was saved by a newer version of Regulars; it is open read-only.</source>
        <translation>Tệp cửa hàng {name} được lưu bằng phiên bản Khách Quen mới hơn; tệp đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="116"/>
        <source>The shop file {name} is shorter than it should be: part of it is missing.</source>
        <translation>Tệp cửa hàng {name} ngắn hơn bình thường: một phần của tệp đã bị mất.</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="120"/>
        <source>The shop file {name} is empty although it has backups.</source>
        <translation>Tệp cửa hàng {name} trống dù vẫn có các bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="150"/>
        <source>The shop file {name} needs an update that a read-only window cannot make.</source>
        <translation>Tệp cửa hàng {name} cần được cập nhật, nhưng cửa sổ chỉ đọc không thể cập nhật tệp.</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="161"/>
        <source>The shop file {name} could not be updated ({error}).</source>
        <translation>Không cập nhật được tệp cửa hàng {name} ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="196"/>
        <source>The shop file {name} must be opened in Regulars once before importing into it.</source>
        <translation>Cần mở tệp cửa hàng {name} trong Khách Quen một lần trước khi nhập dữ liệu vào.</translation>
    </message>
    <message>
        <location filename="../../app/services/shop.py" line="231"/>
        <source>The shop file {name} is open read-only.</source>
        <translation>Tệp cửa hàng {name} đang mở ở chế độ chỉ đọc.</translation>
    </message>
</context>
<context>
    <name>ShopCopy</name>
    <message>
        <location filename="../../app/services/shop_copy.py" line="19"/>
        <source>A copy cannot replace the shop file it is made from; choose another name.</source>
        <translation>Bản sao không thể thay thế chính tệp cửa hàng gốc; hãy chọn tên khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/shop_copy.py" line="24"/>
        <source>The copy could not be written to {folder} ({error}); nothing was saved.</source>
        <translation>Không thể ghi bản sao vào {folder} ({error}); chưa có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>ShopFile</name>
    <message>
        <location filename="../../app/models/db.py" line="56"/>
        <source>The file {name} is damaged or is not a shop file ({error}).</source>
        <translation>Tệp {name} bị hỏng hoặc không phải là tệp cửa hàng ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/models/db.py" line="68"/>
        <source>The file {name} cannot be read: {error}.</source>
        <translation>Không đọc được tệp {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/models/db.py" line="73"/>
        <source>The file {name} is not a Regulars shop file.</source>
        <translation>Tệp {name} không phải là tệp cửa hàng Khách Quen.</translation>
    </message>
</context>
<context>
    <name>ShopFiles</name>
    <message>
        <location filename="../../app/ui/shop_files.py" line="44"/>
        <source>My shop</source>
        <translation>Cửa hàng của tôi</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="57"/>
        <source>Open shop file</source>
        <translation>Mở tệp cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="62"/>
        <source>The shop file {name} is already open in another window.</source>
        <translation>Tệp cửa hàng {name} đang được mở trong một cửa sổ khác.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="63"/>
        <source>Open read-only</source>
        <translation>Mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="64"/>
        <source>Read-only, you can see everything but change nothing.</source>
        <translation>Ở chế độ chỉ đọc, bạn xem được mọi thứ nhưng không thay đổi được gì.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="73"/>
        <source>The file {name} is not a Regulars shop file.</source>
        <translation>Tệp {name} không phải là tệp cửa hàng Khách Quen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="80"/>
        <source>The shop file {name} was saved by a newer version of Regulars. It is open read-only: update Regulars to change it.</source>
        <translation>Tệp cửa hàng {name} được lưu bằng phiên bản Khách Quen mới hơn. Tệp đang mở ở chế độ chỉ đọc: hãy cập nhật Khách Quen để có thể thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="88"/>
        <source>Damaged shop file</source>
        <translation>Tệp cửa hàng bị hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="93"/>
        <source>The shop file {name} is damaged. It has been moved aside as {moved}.</source>
        <translation>Tệp cửa hàng {name} bị hỏng. Tệp đã được chuyển sang một bên với tên {moved}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="96"/>
        <source>There is no good backup of it to restore.</source>
        <translation>Không có bản sao lưu còn tốt nào để khôi phục.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="99"/>
        <source>Restore the backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="99"/>
        <source>Do not restore</source>
        <translation>Không khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_files.py" line="101"/>
        <source>The newest good backup is from {date}. Restore it?</source>
        <translation>Bản sao lưu tốt mới nhất là từ {date}. Khôi phục bản này?</translation>
    </message>
</context>
<context>
    <name>ShopSettings</name>
    <message>
        <location filename="../../app/services/business_settings.py" line="50"/>
        <source>Give the shop a name.</source>
        <translation>Hãy đặt tên cho cửa hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/business_settings.py" line="53"/>
        <source>The currency {code} is not one Regulars knows.</source>
        <translation>Khách Quen không biết đơn vị tiền tệ {code}.</translation>
    </message>
    <message>
        <location filename="../../app/services/business_settings.py" line="56"/>
        <source>The number and date style {code} is not one Regulars knows.</source>
        <translation>Khách Quen không biết kiểu số và ngày {code}.</translation>
    </message>
</context>
<context>
    <name>ShopSettingsDialog</name>
    <message>
        <location filename="../../app/ui/shop_settings.py" line="39"/>
        <location filename="../../app/ui/shop_settings.py" line="72"/>
        <location filename="../../app/ui/shop_settings.py" line="79"/>
        <source>Shop settings</source>
        <translation>Cài đặt cửa hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings.py" line="42"/>
        <source>Recency counted to:</source>
        <translation>Tính độ gần đây đến:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings.py" line="43"/>
        <source>the day after the last sale</source>
        <translation>ngày sau lần bán cuối cùng</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings.py" line="44"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings.py" line="45"/>
        <source>Returns count against a customer&apos;s value</source>
        <translation>Trừ hàng trả lại vào giá trị của khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings.py" line="47"/>
        <source>On (the default): a customer&apos;s spend is what they bought less what they returned, so a customer who returned everything is not a VIP. Off: purchases alone, as in the published analyses of the UCI Online Retail data.</source>
        <translation>Bật (mặc định): chi tiêu của khách hàng là số tiền đã mua trừ đi số tiền hàng trả lại, nên khách đã trả lại toàn bộ sẽ không là VIP. Tắt: chỉ tính tiền mua, như trong các phân tích đã công bố về dữ liệu UCI Online Retail.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings.py" line="73"/>
        <source>Show this shop&apos;s amounts in {currency}?</source>
        <translation>Hiển thị số tiền của cửa hàng này bằng {currency}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings.py" line="74"/>
        <source>Change the currency</source>
        <translation>Đổi đơn vị tiền tệ</translation>
    </message>
    <message>
        <location filename="../../app/ui/shop_settings.py" line="75"/>
        <source>The amounts stay as they were imported: only the currency they are shown in changes. Choose this when the currency was set wrong.</source>
        <translation>Các số tiền vẫn giữ nguyên như khi nhập: chỉ đơn vị tiền tệ hiển thị thay đổi. Hãy chọn khi đơn vị tiền tệ đã được đặt sai.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="171"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="172"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="172"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>SwotBoard</name>
    <message>
        <location filename="../../app/ui/checklist/swot.py" line="280"/>
        <source>Strengths and weaknesses are about the shop itself, opportunities and threats about what happens around it. Drag a note to move it (or Ctrl+Up/Down), F2 edits it, Del deletes it, Ctrl+Z undoes.</source>
        <translation>Điểm mạnh và điểm yếu nói về chính cửa hàng, cơ hội và thách thức nói về những gì diễn ra xung quanh. Kéo một ghi chú để di chuyển (hoặc Ctrl+Lên/Xuống), F2 để sửa, Del để xóa, Ctrl+Z để hoàn tác.</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <location filename="../../app/ui/registry.py" line="48"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="49"/>
        <source>Customers</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="50"/>
        <source>Segments</source>
        <translation>Phân khúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="51"/>
        <source>Personas</source>
        <translation>Chân dung khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="52"/>
        <source>Journey map</source>
        <translation>Hành trình khách hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="53"/>
        <source>Feedback &amp;&amp; NPS</source>
        <translation>Phản hồi &amp;&amp; NPS</translation>
    </message>
    <message>
        <location filename="../../app/ui/registry.py" line="55"/>
        <source>Checklist</source>
        <translation>Việc cần làm</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="262"/>
        <location filename="../../app/ui/feedback/dialogs.py" line="272"/>
        <source>New tag</source>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="263"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="264"/>
        <source>&amp;Keywords</source>
        <translation>&amp;Từ khóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="265"/>
        <source>giao chậm, ship lâu, late delivery</source>
        <translation>giao chậm, ship lâu, late delivery</translation>
    </message>
    <message>
        <location filename="../../app/ui/feedback/dialogs.py" line="266"/>
        <source>Comments containing the name or one of the keywords (commas between them) get this tag suggested; accents and capitals do not matter.</source>
        <translation>Góp ý nào chứa tên thẻ hoặc một trong các từ khóa (cách nhau bằng dấu phẩy) sẽ được gợi ý thẻ này; không phân biệt dấu và chữ hoa.</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="228"/>
        <source>Weights of the criteria</source>
        <translation>Trọng số của các tiêu chí</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="247"/>
        <source>Target segment</source>
        <translation>Phân khúc mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="278"/>
        <source>Value proposition and unique selling points</source>
        <translation>Đề xuất giá trị và điểm bán hàng độc đáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="280"/>
        <source>What you offer {segment}</source>
        <translation>Những gì bạn mang lại cho {segment}</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="285"/>
        <source>Not saved yet.</source>
        <translation>Chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="302"/>
        <source>Value proposition</source>
        <translation>Đề xuất giá trị</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="310"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="318"/>
        <source>Choose your target segments</source>
        <translation>Chọn phân khúc mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="320"/>
        <source>Compare the segments on the four criteria of the guide: size (customers, revenue, growth), profitability (revenue per customer), accessibility (customers you may contact) and stability. Give more weight to what matters most to your shop, then tick the segments you will focus on.</source>
        <translation>So sánh các phân khúc theo bốn tiêu chí: quy mô (số khách hàng, doanh thu, tăng trưởng), khả năng sinh lời (doanh thu mỗi khách hàng), khả năng tiếp cận (số khách hàng bạn được phép liên hệ) và độ ổn định. Đặt trọng số cao hơn cho điều quan trọng nhất với cửa hàng của bạn, rồi đánh dấu các phân khúc bạn sẽ tập trung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="323"/>
        <source>Weights:</source>
        <translation>Trọng số:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="326"/>
        <source>Equal weights</source>
        <translation>Trọng số bằng nhau</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="327"/>
        <source>Value proposition:</source>
        <translation>Đề xuất giá trị:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="328"/>
        <source>Unique selling points:</source>
        <translation>Điểm bán hàng độc đáo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="329"/>
        <source>What this segment gets from your shop that matters to them</source>
        <translation>Điều phân khúc này nhận được từ cửa hàng mà họ thực sự coi trọng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="330"/>
        <source>What makes your shop different for them, one point per line</source>
        <translation>Điều làm cửa hàng khác biệt trong mắt họ, mỗi ý một dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/targets_page.py" line="331"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="117"/>
        <source>Top 20% of customers</source>
        <translation>20% khách hàng hàng đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="117"/>
        <source>Top 10% of customers</source>
        <translation>10% khách hàng hàng đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="118"/>
        <source>80% of the revenue</source>
        <translation>80% doanh thu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="118"/>
        <source>The top 10% spend</source>
        <translation>10% hàng đầu chi tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="119"/>
        <source>Repeat customers</source>
        <translation>Khách hàng mua lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="119"/>
        <source>Premium customers at risk</source>
        <translation>Khách hàng cao cấp có nguy cơ rời bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="124"/>
        <source>Import sales to see this figure.</source>
        <translation>Hãy nhập dữ liệu bán hàng để xem số liệu này.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/segments/value_page.py" line="129"/>
        <location filename="../../app/ui/segments/value_page.py" line="130"/>
        <source>of the revenue comes from the best %n customers.</source>
        <translation>
            <numerusform>doanh thu đến từ %n khách hàng tốt nhất.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/segments/value_page.py" line="131"/>
        <location filename="../../app/ui/segments/value_page.py" line="141"/>
        <source>%n customers</source>
        <translation>
            <numerusform>%n khách hàng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="132"/>
        <source>bring 80% of the revenue: {share} of all customers.</source>
        <translation>mang lại 80% doanh thu: chiếm {share} tổng số khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="134"/>
        <source>{ratio} × the average</source>
        <translation>gấp {ratio} lần mức trung bình</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="135"/>
        <source>An average customer spends {mean}; each premium customer lost costs the revenue of several ordinary ones.</source>
        <translation>Một khách hàng trung bình chi tiêu {mean}; mất một khách hàng cao cấp là mất doanh thu của vài khách hàng bình thường.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/segments/value_page.py" line="138"/>
        <source>of the revenue comes from the %n customers who bought more than once ({share} of customers).</source>
        <translation>
            <numerusform>doanh thu đến từ %n khách hàng mua từ hai lần trở lên ({share} số khách hàng).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="142"/>
        <source>have been away much longer than usual: {revenue} at stake, worth about {equivalent} average customers.</source>
        <translation>đã vắng mặt lâu hơn hẳn thường lệ: {revenue} doanh thu có nguy cơ mất, tương đương khoảng {equivalent} khách hàng trung bình.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="176"/>
        <source>Value tiers</source>
        <translation>Hạng giá trị</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="178"/>
        <source>VIP: the top 10% by total spend; Premium: the next 10%. Click a tier or a band of the curve to list its customers.</source>
        <translation>VIP: 10% khách hàng chi tiêu cao nhất; Cao cấp: 10% kế tiếp. Nhấp vào một hạng hoặc một dải trên đường cong để xem danh sách khách hàng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/segments/value_page.py" line="180"/>
        <source>List them</source>
        <translation>Xem danh sách</translation>
    </message>
</context>
</TS>
