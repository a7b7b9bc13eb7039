-- Text.Printf: %d %i %s %c %f %v %%, flags, widths and precisions, to
-- stdout and to a String.
import Text.Printf

main :: IO ()
main = do
  printf "%d items, %s\n" (5 :: Int) "ok"
  printf "[%5d] [%-5d] [%05d] [%+d] [% d] [%d]\n" (42 :: Int) (42 :: Int) (-42 :: Int) (7 :: Int) (7 :: Int) (-3 :: Int)
  printf "[%.2f] [%8.3f] [%-8.1f] [%08.2f] [%f] [%.0f]\n" (3.14159 :: Double) (2.5 :: Double) (1.25 :: Double) (3.5 :: Double) (0.1 :: Double) (2.5 :: Double)
  printf "[%s] [%10s] [%-6s] [%.3s] [%c] [%3c]\n" "hello" "right" "left" "truncate" 'x' 'y'
  printf "100%% sure, %i and %v and %v\n" (12345678901234 :: Integer) (9 :: Int) "v-string"
  let s = printf "%d-%s-%.1f" (1 :: Int) "two" (3.0 :: Double) :: String
  putStrLn s
  mapM_ (\(n, x) -> printf "%-4s|%6.2f|\n" n x) [("a", 1.5 :: Double), ("bb", 22.125), ("ccc", 0.005)]
