-- NFData of references, pointers and C types: only weak head normal form
-- (an IORef holding a bottom is already in normal form; so is a function).
import Control.Concurrent (myThreadId)
import Control.DeepSeq
import Control.Exception
import Data.Fixed
import Data.Functor.Const
import Data.IORef
import Data.Void
import Foreign.C.Types
import Foreign.Ptr

main :: IO ()
main = do
  r <- newIORef (error "never read" :: Int)
  t <- myThreadId
  print (rnf r, rnf t, r `deepseq` "ioref in normal form")
  print (rnf (nullPtr `plusPtr` 16 :: Ptr Int), rnf (nullFunPtr :: FunPtr (Int -> Int)))
  print (force (3 :: CInt) + 4, force (2.5 :: CDouble) * 2, rnf (7 :: CLong), rnf (1 :: CSize), rnf (65 :: CChar))
  print (force (Const 'k' :: Const Char Int), force (1.25 :: Centi), force (3.14159 :: Micro))
  print (rnf [Just (Left 'a' :: Either Char Void)])
  e <- try (evaluate (rnf (Const (error "const payload") :: Const Int Bool)))
  putStrLn (either (\(ErrorCall m) -> m) show e)
  writeIORef r 5
  readIORef r >>= print . force
