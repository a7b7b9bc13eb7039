-- An uncaught user exception with a custom Show and displayException:
-- GHC 9.0's top handler prints show, not displayException.
import Control.Exception

data Bad = Bad Int [String]
instance Show Bad where
  showsPrec d (Bad n xs) = showParen (d > 10) (showString "Bad " . showsPrec 11 n . showChar ' ' . showsPrec 11 xs)
instance Exception Bad where
  displayException _ = "display, not printed"

main :: IO ()
main = do
  putStrLn (displayException (Bad 1 []))
  throwIO (Bad (-3) ["a", "b"]) `finally` putStrLn "finally first"
