import GHC.Generics
import Data.Proxy
import Data.Functor.Const
import Control.Exception
main :: IO ()
main = do
  r1 <- try (evaluate (maximum (U1 :: U1 Int)))
  print (either (\e -> show (e :: ErrorCall)) show r1)
  r2 <- try (evaluate (minimum (Proxy :: Proxy Int)))
  print (either (\e -> show (e :: ErrorCall)) show r2)
  r3 <- try (evaluate (maximum (Const 'x' :: Const Char Int)))
  print (either (\e -> show (e :: ErrorCall)) show r3)
  r4 <- try (evaluate (minimum (K1 'y' :: K1 R Char Int)))
  print (either (\e -> show (e :: ErrorCall)) show r4)
