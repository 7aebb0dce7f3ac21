//! The chart's tooltip: DOM text (crisp, selectable, read by screen readers through its live
//! region), placed next to the hovered bar. Position is set through the CSSOM, which a strict
//! `style-src` policy allows, unlike a `style` attribute.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::chart::Rect;
use crate::view::ForcesVm;

/// Props of [`Tooltip`].
#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    /// The chart's figures.
    pub vm: Rc<ForcesVm>,
    /// The hovered row and its bars' box in CSS pixels, if any.
    pub target: Option<(usize, Rect)>,
    /// Width of the plot in CSS pixels, to keep the tooltip inside.
    pub plot_width: u32,
}

/// Shows the hovered row's exact figures.
#[function_component]
pub fn Tooltip(props: &TooltipProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(
            (props.target, props.plot_width),
            move |(target, plot_width)| {
                if let (Some((_, rect)), Some(el)) = (target, node.cast::<HtmlElement>()) {
                    let width = f64::from(el.offset_width());
                    let left = (rect.x1 + 8.0)
                        .min(f64::from(*plot_width) - width - 4.0)
                        .max(0.0);
                    let style = el.style();
                    // Setting CSSOM properties cannot fail for valid names; nothing to recover.
                    let _ = style.set_property("left", &format!("{left}px"));
                    let _ = style.set_property("top", &format!("{}px", rect.y1 + 6.0));
                }
            },
        );
    }
    let body = props.target.and_then(|(row, _)| props.vm.rows.get(row)).map(|r| {
        html! {
            <>
                <strong>{ &r.label }</strong>
                <span class="bl-tip-line"><i class="bl-swatch bl-s0"></i>{ format!("{}: {}", props.vm.series[0], r.units_text) }</span>
                <span class="bl-tip-line"><i class="bl-swatch bl-s1"></i>{ format!("{}: {}", props.vm.series[1], r.members_text) }</span>
            </>
        }
    });
    let class = classes!("bl-tooltip", body.is_none().then_some("bl-hidden"));
    html! {
        <div ref={node} {class} role="status" aria-live="polite">{ for body }</div>
    }
}
