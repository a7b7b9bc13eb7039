-- Re-exports the lazy version, as transformers does.
module Control.Monad.Trans.State (module Control.Monad.Trans.State.Lazy) where
import Control.Monad.Trans.State.Lazy
