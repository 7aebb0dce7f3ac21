//! Charts you can hear: a chart's voice plays its bars' tones (`chart::sound`) with the Web
//! Audio API. No `AudioContext` exists until the reader first asks for sound; from then on the
//! arrow keys sound each bar they step to, as the tooltip announces it.

use wasm_bindgen::JsValue;
use web_sys::{AudioContext, OscillatorNode, OscillatorType};

use crate::chart::sound::{Tone, GAP_S, LOW_HZ, TONE_S};

/// The timbre of each series: units a pure tone, members a brighter one.
const TIMBRES: [OscillatorType; 2] = [OscillatorType::Sine, OscillatorType::Triangle];

/// How loud a tone starts, fading to silence over its length (no click at either end).
const VOLUME: f32 = 0.2;

/// A chart's voice.
#[derive(Default)]
pub struct Voice {
    context: Option<AudioContext>,
    sounding: Vec<OscillatorNode>,
}

impl Voice {
    /// Whether the reader has asked this chart for sound.
    pub fn on(&self) -> bool {
        self.context.is_some()
    }

    /// Plays `tones` one after another, after stopping what was playing; returns how long they
    /// last, in seconds.
    pub fn play(&mut self, tones: &[Tone]) -> Result<f64, JsValue> {
        self.stop();
        let context = match &self.context {
            Some(context) => context.clone(),
            None => self.context.insert(AudioContext::new()?).clone(),
        };
        let start = context.current_time();
        for (i, tone) in tones.iter().enumerate() {
            let at = start + i as f64 * (TONE_S + GAP_S);
            self.sounding.push(sound(&context, tone, at)?);
        }
        Ok(tones.len() as f64 * (TONE_S + GAP_S))
    }

    /// Stops every tone playing or to come.
    pub fn stop(&mut self) {
        for tone in self.sounding.drain(..) {
            // A tone that has ended already cannot be stopped again, and need not be.
            let _ = tone.stop();
        }
    }
}

/// Schedules `tone` at `at` seconds on `context`'s clock.
fn sound(context: &AudioContext, tone: &Tone, at: f64) -> Result<OscillatorNode, JsValue> {
    let oscillator = context.create_oscillator()?;
    oscillator.set_type(TIMBRES[tone.series % TIMBRES.len()]);
    oscillator.frequency().set_value(LOW_HZ as f32);
    let pitch = oscillator.detune();
    pitch.set_value_at_time(tone.from as f32, at)?;
    pitch.linear_ramp_to_value_at_time(tone.to as f32, at + TONE_S)?;
    let gain = context.create_gain()?;
    gain.gain().set_value_at_time(VOLUME, at)?;
    gain.gain().linear_ramp_to_value_at_time(0.0, at + TONE_S)?;
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&context.destination())?;
    oscillator.start_with_when(at)?;
    oscillator.stop_with_when(at + TONE_S)?;
    Ok(oscillator)
}
