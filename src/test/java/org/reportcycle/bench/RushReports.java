package org.reportcycle.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * A department's report as a head writes one: three completed items with bodies of a few hundred characters and
 * two plan items for next month, varied by department so that no two reports are the same text.
 */
final class RushReports {

    private static final List<String> TITLES =
            List.of("深入学习贯彻全委会议精神，组织开展专题学习研讨。", "完成年度重点调研课题的实地走访和资料汇总工作。", "扎实推进基层服务阵地建设，开展志愿服务活动。");

    private static final String BODY = "%s日上午，%s召开专题会议，传达学习有关会议精神，结合本部门实际研究部署"
            + "贯彻落实举措。会议要求，要把思想和行动统一到上级决策部署上来，细化任务分工，明确时间节点和责任人，"
            + "确保各项工作落地见效。会后，部门分三个小组深入基层单位开展走访调研，共走访%d家单位，召开座谈会%d场，"
            + "收集意见建议%d条，形成调研报告初稿一份，为下一阶段工作打下基础。同时，部门对照年初工作计划逐项梳理"
            + "完成情况，对进度滞后的事项制定了整改措施，并报分管领导审定。";

    private static final List<String> PLANS = List.of("筹备年度工作总结会议，完成总结材料起草", "开展岁末年初走访慰问活动");

    private final ObjectMapper json;

    RushReports(ObjectMapper json) {
        this.json = json;
    }

    /** The body of a save or submit for {@code department} at {@code version}. */
    String body(String department, int version) {
        int n = Integer.parseInt(department.replaceAll("\\D", "0")) % 97 + 3;
        List<Map<String, Object>> completions = TITLES.stream()
                .map(t -> Map.<String, Object>of(
                        "title", t, "body", BODY.formatted(10 + n % 18, "部门" + department, n, n % 7 + 1, 3 * n)))
                .toList();
        List<Map<String, Object>> plans = PLANS.stream()
                .map(t -> Map.<String, Object>of(
                        "title",
                        t,
                        "responsibleLeader",
                        "wang.jianguo",
                        "departments",
                        List.of(department),
                        "deadline",
                        "2026-12"))
                .toList();
        Map<String, Object> draft =
                Map.of("version", version, "completions", completions, "planStatuses", List.of(), "plans", plans);
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
