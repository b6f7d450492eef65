"""Regexes for the `approach` rubric item (Technical approach); its phrases are in phrases/approach.yml."""

from bot.core.review.patterns.base import Pattern, item_patterns

PATTERNS = item_patterns(
    "approach",
    concrete=(
        Pattern(
            r'\b(gpt-?4o?(-mini)?|gpt-?4\.1(-mini)?|gpt-?3\.5|o[134](-mini)?|claude([- ](\d(\.\d)?'
            r'|haiku|sonnet|opus))?|llama[- ]?\d(\.\d)?|mistral|mixtral|gemini|qwen\d*(\.\d)?'
            r'|deepseek|bert|roberta|distilbert|xgboost|lightgbm|whisper)\b',
            '- We will use GPT-4.1 through our Azure OpenAI tenant.',
        ),
        Pattern(
            r'\btop[- ]?\d+\b',
            'The new stage takes the top 200 results from the existing retrieval and',
        ),
        Pattern(
            r'\b\d+\s*(chunks|passages|retrieved documents)\b',
            'the top 8 passages are passed to the model',
        ),
        Pattern(
            r'\bchunk(s|ing)?\s+(size\s+)?(of\s+)?\d+',
            'chunk size of 512 tokens',
        ),
        Pattern(
            r'\b\d+(\.\d+)?\s*b\b(\s+(parameters|params))?',
            'a 7B parameters open model',
        ),
        Pattern(
            r'\b(lora|qlora)\b',
            'fine-tuned with LoRA adapters',
        ),
        Pattern(
            r'\b\d+\s+(features|few-shot examples|examples in the prompt)\b',
            'hunk, 150 lines of surrounding context, and 6 few-shot examples '
            'of good review comments from our own repos.',
        ),
        Pattern(
            r'(通义千问|文心|豆包|智谱|glm-?\d|qwen)',
            '2. 其他问题从知识库中检索最相关的 5 个片段，连同对话上下文交给大模型（通义千问 qwen-plus，通过阿里云百炼调用）生成回复，提示词要求只根据检索到的内容回答、语气符合品牌规范。',
        ),
    ),
    cue_patterns=(
        # A kind of model named, the choice not made: "some sort of sound-recognition model".
        Pattern(
            r"\bsome (?:sort|kind|type) of [\w-]+(?: [\w-]+)? (?:model|classifier|algorithm|network|llm)\b",
            "The idea is some sort of sound-recognition model, though nobody knows yet which kind",
        ),
        # Fine-tuning or training, said plainly: "took a program that already recognises scenes and taught it
        # our own grading", "we trained it on five years of claims".
        Pattern(
            r"\b(?:taught|trained|retrained|teach|train|teaching|training)\s+(?:it|them"
            r"|the (?:model|program|system|tool|software))\s+(?:on|to|our|with|what)\b",
            "she took a program that already recognises everyday scenes and taught it our own grading",
        ),
        # A picture- or speech-reading program: "A picture-reading program looks at the photos".
        Pattern(
            r"\b(?:picture|image|photo|text|speech|voice|video|handwriting)[- ](?:reading|recognition"
            r"|recognising|recognizing)\s+(?:program|model|software|tool|system)\b",
            "A picture-reading program looks at the photos and puts the report in one of two lines.",
        ),
        # What the model does, in one clause: "GPT summarises the uploaded contract", "AI drafts replies".
        Pattern(
            r'\b(?:gpt(?:-?[\d.o]+)?|ai|llm|model) (?:drafts?|writes?|summari[sz]es|generates?'
            r'|suggests?|proposes?|reads?|extracts?|classifies|tags)\b',
            'Dana: yeah, GPT summarises the uploaded contract',
        ),
        # The kind of model named: "an image model trained on our past claims", "a ranking model".
        Pattern(
            r"\b(image|vision|text|language|speech|ranking|scoring|classification|regression"
            r"|prediction|forecasting|recommendation|detection)\s+model\b",
            'An image model trained on our past claims scores how likely the photo shows transit damage.',
        ),
    ),
    quantities=False,
    # Of 300 labelled specs (eval/specs, eval/specs-v2 but its held-out third), 10 leave the approach out,
    # none with more than 168 words of content (thin notes, templates); a longer spec says something about
    # what the AI does, if only "it drafts a reply". The user problem and failure modes are implied only
    # from 450 words (problem.py): a 400-word model spec can leave both out.
    implied_from=180,
)
