-- Re-exports the lazy version, as transformers does.
module Control.Monad.Trans.Writer (module Control.Monad.Trans.Writer.Lazy) where
import Control.Monad.Trans.Writer.Lazy
