package org.reportcycle.document;

import java.util.List;
import java.util.stream.IntStream;
import org.reportcycle.document.BulletinDocument.Paragraph;
import org.reportcycle.document.BulletinDocument.PlanParagraph;
import org.reportcycle.system.ChineseNumerals;

/**
 * Bulletins of realistic length for the rendering tests and the benchmark: the seven items of a real issue
 * (工会要情摘报 第 6 期, April 2019) and the ten items of a real monthly plan, kept here so that the tests need
 * nothing outside the project.
 */
public final class SampleBulletins {

    /** The items of the issue, page breaks of the published file joined. */
    public static final List<Paragraph> ITEMS = List.of(
            new Paragraph("一", "深入学习贯彻省总工会十三届二次全委会议精神。", """
            21日上午，市委召开常委会议研究省总工会十三届二次全委会议精神学习宣传贯彻工作。市委书记何光中强调，\
            党中央对工会工作高度重视，省总工会召开的十三届二次全委会议进一步对贯彻落实党中央对工会工作重要指示进\
            行部署，特别是尔肯江·吐拉洪同志的讲话精神和董永祥同志所作工作报告为我市工会工作指明了方向。他要求，\
            全市工会一定要学习好、宣传好、贯彻好会议精神，加强职工思想政治引领，加大维权服务力度，深入推进工会改\
            革创新，全面加强自身建设，在服务中心、服务职工、服务基层中，团结动员广大职工建功新时代，不断推动全市\
            工会工作创新发展。一定要紧紧围绕市委的决策部署，找准工作突破口，把促进民营经济发展工作抓实抓好。为贯\
            彻落实省总工会十三届二次全委会议和市委何书记的重要指示精神，市总工会于27—28日分部室召开工作会议\
            ，对接省总工会2019年度工作要点，研究市总工会各部室工作项目清单，细化工作措施，明确推进工作的载体\
            和步骤，将工作任务项目化、具体化、清单化。\
            """),
            new Paragraph("二", "组织党组书记讲授关于加强党的政治建设的专题党课。", """
            26日下午，市总工会党组书记、常务副主席官庆军为机关干部和直属单位工作人员讲授题为《以党的政治建设为\
            统领 全面推进工会系统党的建设向纵深发展》专题党课，组织学习《中共中央关于加强党的政治建设的意见》（\
            以下简称《意见》）。官庆军围绕学习贯彻《意见》，从《意见》出台的背景和主要特点、新形势下加强党的政治\
            建设的重大意义及目的等方面联系实际，进行了全面深入的阐释。2019年，市总工会以学习贯彻《意见》为重\
            点，以强化政治引领、强化理论武装、加强党的纪律建设、加强干部队伍建设、加强作风建设为抓手，凝聚团结奋\
            进的精神力量，打造高素质专业化工会干部队伍，提升工会组织的吸引力凝聚力，实现工会系统党的政治建设全面\
            推进，工会系统党的建设质量全面提高、党的政治建设主体责任全面落实。\
            """),
            new Paragraph("三", "开展3月大调研活动。", """
            3月，市总工会党组书记、常务副主席官庆军带队分别到江陵、松滋、公安、监利等地调研工会工作，重点听取各\
            地2019年重点工作汇报，深入企业和基层工会，详细调研职工思想政治引领、重大风险防范化解、城镇困难职\
            工解脱困、工会改革及产业工人队伍建设改革等重点工作，为各地 2019 年工会工作把关定向。根据工作安\
            排，市总工会各党组成员分别带队结合分管工作深入基层开展调研活动。\
            """),
            new Paragraph("四", "召开荆州市直非公有制企业工会主席述职考评会。", """
            19 日至 22 日，市总工会分片召开 2019 年度市直重点非公企业工会主席述职考评会议，市工业制\
            造业工会联合会、商贸服务业工会联合会和荆州开发区总工会推荐的 30 家市直重点非公企业工会主席进行了\
            述职和考评。各企业工会主席分别从组织机构建设、维权机制建设、活动载体等三方面述职汇报 2018 年工\
            作，相互查看工作资料，开展自评、互评，考核小组测评等系列考评工作。这次述职考评是落实《荆州市非公有制\
            企业兼职工会主席工作津贴实施办法（试行）》的具体举措，市总工会严格按照提出申请、培育帮带、述职考评三\
            个环节，对照模范职工之家考核标准，结合落实市总年度重点工作情况，实行百分制考核，综合评定出“优秀、良\
            好和一般”三个等次，每月发放 100 元至 300 元的工作津贴。\
            """),
            new Paragraph("五", "开展女职工维权月系列活动。", """
            一是组织全市女职工参与全省女职工维权答题活动，据省总反馈，截止 20 号，荆州共有近 3000 人次\
            参与答题活动。二是利用网站、微信平台宣传全总编写的《促进工作场所性别平等指导手册》和宣传短片。三是组\
            织全市开展女职工维权大讲堂，3 月共开展维权讲座 50 多场次，1000 多人次女职工参加。\
            """),
            new Paragraph("六", "督促指导各县市区总工会、市直产业工会、驻会产业工会宣传贯彻市总工会五届二次全委（扩大）会议精神。", """
            市总工会组织专班深入企业、车间宣讲五届二次全委（扩大）会议精神，督促指导各地各级工会通过多种通俗易懂\
            、容易接受的形式开展宣传贯彻会议精神活动，推动会议精神落地落实，确保全年工作开好头、起好步。市总工会\
            女职工委员会、市工业制造业工会联合会、市商贸服务业工会联合会、市直属工会分别组织召开全委（扩大）会议\
            ，安排部署全年工作，深入学习贯彻落实市总工会五届二次全委（扩大）会议精神；江陵县、松滋市、石首市等地\
            总工会召开全委（扩大）会议学习贯彻市总工会五届二次全委（扩大）会议精神，洪湖市、公安县、监利县等地总\
            工会深入乡镇、开发区基层工会开展宣讲活动。\
            """),
            new Paragraph("七", "荆州职工素质提升大讲堂—育婴师培训开班。", """
            20日，市总工会2019年第一期育婴师培训开班，参训学员100多人。此次培训，结合2018年培训反馈\
            情况，精心设置培训内容，注重理论性专业授课，突出实践性操作指导，涵盖孕产妇均衡营养、产后健康与护理、\
            新生儿护理等专业知识，新增月嫂心理素质、产后心理健康，月嫂必备的法律法规，宝宝预防接种等内容。截止当\
            前，市总工会举办“月嫂”培训班41期，培训学员3376人，其中1896人通过人社部门技能考评、获得中\
            级以上育婴师职称，所培训学员已成为荆州市母婴市场的主力军，打响了“荆州月嫂”靓丽品牌。\
            """));

    private static final List<String[]> PLAN = List.of(
            new String[] {"扎实开展 2020 年“扶贫日”活动", "高启秀", "权益保障部"},
            new String[] {"迎接全总困难职工解脱困第三方评估抽查和 2019 年帮扶资金、送温暖资金审计工作", "高启秀", "权益保障部"},
            new String[] {"筹备好“助力荆楚共创未来”荆州—东莞就业专场活动", "高启秀", "权益保障部"},
            new String[] {"筹备好工业制造业工会联合会换届工作", "高启秀", "组织部、工业制造业工会联合会"},
            new String[] {"做好工会信访维稳工作", "高启秀", "权益保障部"},
            new String[] {"继续开展职工素质大讲堂活动", "郭红萍", "宣教网络部"},
            new String[] {"做好省级文明单位的测评工作", "郭红萍", "宣教网络部"},
            new String[] {"扎实推进基层工会组织建设质效提升行动", "张征军", "基层工作部"},
            new String[] {"举办荆州市职工创新创业大赛和机械制造行业职工技能对抗赛", "张征军", "经技部"},
            new String[] {"做好档案升级达标评审和工会统计年报工作", "董军", "办公室"});

    private SampleBulletins() {}

    /** The issue as published: seven items, no plan section. */
    public static BulletinDocument issue6() {
        return of(ITEMS, List.of());
    }

    /** The issue as published, with {@code editor} and {@code phone} (empty or null: not printed) in its footer. */
    public static BulletinDocument issue6(String editor, String phone) {
        BulletinDocument d = issue6();
        return new BulletinDocument(
                d.bulletinName(),
                null,
                d.issueNumber(),
                d.organization(),
                d.date(),
                d.title(),
                null,
                d.items(),
                d.planTitle(),
                List.of(),
                d.reportTo(),
                d.distributeTo(),
                editor,
                phone);
    }

    /** The issue's items repeated to {@code items} items (renumbered), with {@code planItems} plan items. */
    public static BulletinDocument longIssue(int items, int planItems) {
        List<Paragraph> paragraphs = IntStream.range(0, items)
                .mapToObj(n -> {
                    Paragraph p = ITEMS.get(n % ITEMS.size());
                    return new Paragraph(ChineseNumerals.of(n + 1), p.title(), p.body());
                })
                .toList();
        List<PlanParagraph> plan = IntStream.range(0, planItems)
                .mapToObj(n -> {
                    String[] p = PLAN.get(n % PLAN.size());
                    return new PlanParagraph(ChineseNumerals.of(n + 1), p[0], p[1], p[2], "十月份");
                })
                .toList();
        return of(paragraphs, plan);
    }

    /** The issue's masthead and footer around other items and plan. */
    public static BulletinDocument of(List<Paragraph> items, List<PlanParagraph> plan) {
        return new BulletinDocument(
                "工会要情摘报",
                null,
                6,
                "荆州市总工会",
                "2019 年 4 月 1 日",
                "荆州市总工会三月份工作完成情况",
                null,
                items,
                "荆州市总工会十月份工作计划",
                plan,
                List.of("省总工会", "市“四大家”有关领导", "市“四大家”办公室"),
                List.of("各县市区总工会", "市总机关各部室", "各驻会产业工会"),
                "董军",
                "8219262");
    }
}
