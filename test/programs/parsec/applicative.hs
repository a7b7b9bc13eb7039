-- ParsecT's Functor/Applicative/Alternative/Monad/Semigroup/Monoid
-- instances through base's generic functions (Control.Applicative's
-- some/many/optional, traverse, stimes, sconcat, mconcat, msum, guard).
import Control.Applicative (Alternative (..), liftA2, optional)
import Control.Monad (guard, msum, mplus, mzero, replicateM, void)
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup (sconcat, stimes)
import Text.Parsec hiding (many, optional, (<|>))
import Text.Parsec.String (Parser)

run :: Show a => Parser a -> String -> IO ()
run p s = putStrLn (show s ++ " -> " ++ either (("error " ++) . show) show (parse p "" s))

even' :: Parser Int
even' = do
  n <- read <$> some digit
  guard (even n) <|> fail ("odd: " ++ show n)
  return n

main :: IO ()
main = do
  run (some (char 'a')) "aaab"
  run (some (char 'a')) "b"
  run (many (char 'a') <* eof) "aaa"
  run (optional (char 'x') <* char 'y') "y"
  run (liftA2 (,) letter digit) "a1"
  run (liftA2 (,) letter digit) "ab"
  run (traverse char "abc") "abd"
  run (replicateM 3 anyChar) "xy"
  run ('k' <$ char 'z') "z"
  run (void (char 'z') *> pure 'q') "z"
  run (stimes (3 :: Int) (string "ab")) "ababab"
  run (stimes (2 :: Int) (string "ab")) "abx"
  run (sconcat (string "a" :| [string "b", string "c"])) "abc"
  run (mconcat [string "x", string "y"] <> string "z") "xyz"
  run (mempty <* eof :: Parser String) ""
  run (msum [string "aa", string "bb"] `mplus` string "cc") "cc"
  run (empty <|> mzero <|> pure 'e') ""
  run (empty :: Parser ()) "x"
  run even' "42"
  run even' "41"
  run (fmap (* 2) (read <$> many1 digit) :: Parser Int) "21"
  run (pure (+ 1) <*> (read <$> many1 digit) :: Parser Int) "9"
  run (char 'a' <* char 'b' <* char 'c') "abd"
  run (char 'a' *> char 'b' *> char 'c') "abc"
  run (char 'a' >> fail "stop" >> char 'b') "ab"
