/// The editor's stylesheet, served from memory: the portal's colours, 18 px type, one
/// column on a phone and two on a wide screen, nothing loaded from elsewhere.
enum EditorStyle {
    static let css = """
        *{box-sizing:border-box}
        body{margin:0;font:18px/1.7 "Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#faf8f5}
        .bar{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;padding:8px 16px;background:#a8071a;color:#fff}
        .bar a,.bar button{color:#fff}
        .bar .product{margin:0;font-weight:700}
        .bar .who{margin:0}
        .bar nav{display:flex;gap:12px;flex-wrap:wrap}
        .bar .logout{margin:0 0 0 auto}
        .bar button{background:none;border:1px solid #fff;border-radius:4px;padding:2px 10px;font:inherit;cursor:pointer}
        main{max-width:60rem;margin:0 auto;padding:16px}
        h1{font-size:1.5rem;margin:.5rem 0 1rem}
        h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
        label{display:block;font-weight:700}
        small{display:block;color:#555}
        input,select,textarea{width:100%;font:inherit;padding:6px 8px;border:1px solid #767676;border-radius:4px;background:#fff;color:#1a1a1a}
        textarea{line-height:1.6}
        input[type=checkbox]{width:auto}
        [aria-invalid=true]{border:2px solid #b00000;background:#fff3f3}
        .field{margin:0 0 12px}
        .grid{display:grid;grid-template-columns:1fr;gap:0 16px}
        @media (min-width:48rem){.grid{grid-template-columns:1fr 1fr}}
        fieldset{border:1px solid #bbb;border-radius:6px;margin:0 0 12px;padding:8px 12px}
        legend{font-weight:700;padding:0 4px}
        .private{background:#fff8d6;border-color:#b38f00}
        .check{display:inline-block;font-weight:400;margin:0 16px 4px 0}
        .problem{color:#8a0000;margin:4px 0 0;font-weight:700}
        .problems{border:2px solid #b00000;background:#fff3f3;padding:8px 12px;margin:0 0 16px;border-radius:6px}
        .notice{border:2px solid #1d6b2f;background:#effaf1;padding:8px 12px;border-radius:6px}
        button,.button{display:inline-block;font:inherit;padding:8px 20px;border:0;border-radius:6px;background:#a8071a;color:#fff;text-decoration:none;cursor:pointer}
        .secondary{background:#fff;color:#a8071a;border:2px solid #a8071a}
        form.inline{display:inline;margin:0}
        form.inline button{padding:2px 10px}
        .preview{border:2px solid #767676;background:#fff;padding:8px 16px;margin:0 0 16px;border-radius:6px}
        .login{max-width:24rem}
        .login input{margin-bottom:12px}
        .path{color:#555;word-break:break-all}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%}
        th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
        .data table{width:auto}
        .data fieldset{min-width:0}
        .data td input:not([type=checkbox]),.data td select{min-width:9em}
        .data td input[type=date]{min-width:11em}
        .data td .check,.data th{white-space:nowrap}
        .data tr.invalid th{color:#8a0000}
        a{color:#0b4f9c}
        :focus-visible{outline:3px solid #f0a500;outline-offset:2px}
        """
}
