-- NFData1/NFData2's liftRnf and liftRnf2 called directly and through rnf1/
-- rnf2, on the base instances and a user instance, with the element
-- functions' order and the bottoms they reach (caught, as GHC reports them).
import Control.DeepSeq
import Control.Exception
import Data.Functor.Identity
import Data.Functor.Const

data Pair a = Pair a [a]
instance NFData1 Pair where
  liftRnf r (Pair a as) = r a `seq` liftRnf r as

tracing :: Show a => a -> ()
tracing x = x `seq` ()

try' :: String -> () -> IO ()
try' label u = do
  r <- try (evaluate u)
  case r of
    Left (ErrorCall m) -> putStrLn (label ++ ": error " ++ m)
    Right () -> putStrLn (label ++ ": ok")

main :: IO ()
main = do
  try' "list" (liftRnf tracing [1, 2, 3 :: Int])
  try' "list bottom" (liftRnf tracing [1, error "elem", 3 :: Int])
  try' "list skip" (liftRnf (const ()) [1, error "elem", 3 :: Int])
  try' "maybe" (liftRnf rnf (Just [error "in maybe" :: Int]))
  try' "nothing" (liftRnf (\_ -> error "never") (Nothing :: Maybe Int))
  try' "pair user" (liftRnf rnf (Pair 'a' "bcd"))
  try' "pair user bottom" (liftRnf rnf (Pair 'a' ['b', error "pair tail"]))
  try' "rnf1" (rnf1 (Pair (1 :: Int) [error "rnf1"]))
  try' "identity" (liftRnf rnf (Identity (error "ident" :: Int)))
  try' "either L" (liftRnf2 (\_ -> error "left fn") rnf (Left 'x' :: Either Char Int))
  try' "either R" (liftRnf2 rnf (\_ -> error "right fn") (Right 'y' :: Either Int Char))
  try' "either ok" (liftRnf2 rnf rnf (Left 5 :: Either Int Int))
  try' "tuple" (liftRnf2 (\_ -> error "first") (\_ -> error "second") ('a', 'b'))
  try' "tuple first" (liftRnf2 rnf (\_ -> error "second") ('a', 'b'))
  try' "tuple ok" (liftRnf2 rnf rnf (1 :: Int, "two"))
  try' "const" (liftRnf2 (\_ -> error "const fn") rnf (Const 'c' :: Const Char Int))
  try' "array-like" (liftRnf (\v -> if v > 2 then error ("value " ++ show v) else ()) [1, 5, 2 :: Int])
  try' "rnf2" (rnf2 (error "rnf2 pair" :: Int, 'q'))
  try' "liftRnf2 via map liftRnf" (liftRnf (liftRnf2 rnf rnf) [Left 'a', Right (error "nested" :: Int)])
  print (length (show (liftRnf rnf [[1 :: Int, 2], [3]])))
